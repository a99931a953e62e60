package io.stage7.check;

import java.util.List;
import java.util.Optional;

/** What a routing entry may assign, with the type the assigned formula must have. */
public enum AssignmentTarget {
    /** The queue the record goes to; required in every entry. */
    QUEUE("queue", ExprType.TEXT, true),
    /** The region whose calendar and specialists handle it; required in every entry. */
    REGION("region", ExprType.TEXT, true),
    /** Lower is picked first. */
    PRIORITY("priority", ExprType.NUMBER, false),
    /** {@code "standard"} or {@code "complex"}: drives review time and the regional cutoff. */
    COMPLEXITY("complexity", ExprType.TEXT, false),
    /** The record may not be worked before this instant. */
    NOT_BEFORE("not_before", ExprType.DATETIME, false);

    /** The complexities a literal {@code complexity} may name. */
    public static final List<String> COMPLEXITIES = List.of("standard", "complex");

    private final String keyword;
    private final ExprType type;
    private final boolean required;

    AssignmentTarget(String keyword, ExprType type, boolean required) {
        this.keyword = keyword;
        this.type = type;
        this.required = required;
    }

    /** The word written in rules, e.g. {@code not_before}. */
    public String keyword() {
        return keyword;
    }

    public ExprType type() {
        return type;
    }

    /** Whether every routing entry must assign it. */
    public boolean required() {
        return required;
    }

    public static Optional<AssignmentTarget> byKeyword(String word) {
        for (AssignmentTarget target : values()) {
            if (target.keyword.equals(word)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }
}
