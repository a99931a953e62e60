package io.stage7.eval.interp;

import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the rules decided what they did for one record: for every requirement and every routing
 * set on the record's object, whether it fired or which entry matched, with the value of each
 * sub-expression of the formulas that were evaluated. Made by {@link Interpreter#explain}; the
 * {@link #decision()} is exactly what {@link Interpreter#evaluate} returns for the same record
 * and clock.
 *
 * <p>For people, {@link #render()} writes it as indented text, one line per sub-expression:
 * <pre>
 * PO_Number_Required (error) FIRED: "This customer requires a purchase order ..."
 *   ISPICKVAL(StageName, "7 - Closing") &amp;&amp; (PO_Required__c || Account.Requires_PO__c) &amp;&amp; ISBLANK(TRIM(PO_Number__c))  = TRUE
 *     ISPICKVAL(StageName, "7 - Closing") &amp;&amp; (PO_Required__c || Account.Requires_PO__c)  = TRUE
 *       ISPICKVAL(StageName, "7 - Closing")  = TRUE
 *         StageName  = "7 - Closing"
 *       PO_Required__c || Account.Requires_PO__c  = TRUE
 *         PO_Required__c  = TRUE
 *         Account.Requires_PO__c  (not evaluated)
 *     ISBLANK(TRIM(PO_Number__c))  = TRUE
 *       TRIM(PO_Number__c)  = BLANK
 *         PO_Number__c  = BLANK
 * </pre>
 * For programs (a JSON writer, an IDE), the records {@link ExplainedRequirement},
 * {@link ExplainedRouting} and {@link ExplainedNode} hold the same information as data.
 *
 * @param object       the record's object
 * @param context      the evaluation clock
 * @param decision     the decision, as {@code evaluate} makes it
 * @param requirements every requirement on the object, in declaration order, inactive ones included
 * @param routings     every routing set on the object, in declaration order
 */
public record Explanation(String object, EvalContext context, Decision decision,
                          List<ExplainedRequirement> requirements, List<ExplainedRouting> routings) {

    public Explanation {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(decision, "decision");
        requirements = List.copyOf(requirements);
        routings = List.copyOf(routings);
    }

    /** The explained record's id. */
    public String recordId() {
        return decision.recordId();
    }

    /** The named requirement's explanation, ignoring case. */
    public Optional<ExplainedRequirement> requirement(String name) {
        return requirements.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The named routing set's explanation, ignoring case. */
    public Optional<ExplainedRouting> routing(String name) {
        return routings.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The explanation as text for people: a summary line, then each requirement and each routing
     * set with its formulas, one sub-expression a line, indented two spaces a level like the
     * formula, and {@code  = value} after each. Sub-expressions that were not evaluated say so
     * and are not expanded; literals are not repeated on lines of their own; a runtime error is
     * shown with its message where it was raised and as {@code #Error!} on the lines above.
     * Ends with a line break.
     */
    public String render() {
        return ExplanationRenderer.render(this);
    }
}
