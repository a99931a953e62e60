package io.stage7.eval;

import java.util.Objects;

/**
 * A rule that could not be evaluated for a record: its formula hit a runtime error such as a
 * division by zero ({@code #Error!} in Salesforce), or a routing set whose matching entry
 * assigned a blank queue or region, or where no entry matched.
 *
 * @param rule the requirement or routing set
 */
public record RuleFailure(String rule, String message) {
    public RuleFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
