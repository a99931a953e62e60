package io.stage7.eval.compiled;

import io.stage7.check.AssignmentTarget;
import io.stage7.functions.FormulaError;

/** The messages of routing failures, worded as the reference interpreter words them. */
final class RoutingMessages {
    static final String NO_MATCH = "no entry matched";

    private RoutingMessages() {
    }

    static String conditionFailed(int entry, FormulaError error) {
        return "entry " + entry + ": " + error.getMessage();
    }

    static String assignmentFailed(int entry, AssignmentTarget target, FormulaError error) {
        return "entry " + entry + ", " + target.keyword() + ": " + error.getMessage();
    }

    static String blank(int entry, AssignmentTarget target) {
        return "entry " + entry + " assigned a blank " + target.keyword();
    }
}
