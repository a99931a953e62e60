package io.stage7.cli;

import io.stage7.eval.Decision;

/**
 * The closing line of {@code eval}'s table and summary: records with errors, with warnings only,
 * clean, and with rules that failed to evaluate.
 */
final class DecisionCounts {
    private long errors;
    private long warningsOnly;
    private long clean;
    private long failed;

    void add(Decision decision) {
        if (decision.hasErrors()) {
            errors++;
        } else if (!decision.violations().isEmpty()) {
            warningsOnly++;
        } else {
            clean++;
        }
        if (!decision.failures().isEmpty()) {
            failed++;
        }
    }

    long records() {
        return errors + warningsOnly + clean;
    }

    /** {@code 44 records: 20 with errors, 3 with warnings only, 21 clean}, with its line break. */
    String line() {
        long total = records();
        StringBuilder out = new StringBuilder().append(total).append(total == 1 ? " record: " : " records: ")
                .append(errors).append(" with errors, ").append(warningsOnly).append(" with warnings only, ")
                .append(clean).append(" clean");
        if (failed > 0) {
            out.append(", ").append(failed).append(" with rules that failed to evaluate");
        }
        return out.append('\n').toString();
    }
}
