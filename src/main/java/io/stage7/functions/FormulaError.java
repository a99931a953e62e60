package io.stage7.functions;

/**
 * A runtime error in a formula, such as a division by zero or an invalid date: what Salesforce
 * shows as {@code #Error!} in a formula field. The evaluator turns it into a rule error.
 *
 * <p>The message is Salesforce-styled, {@code "#Error! Division by zero"}; {@link #detail()} is
 * the part after {@code "#Error! "}. No stack trace is captured: these errors are ordinary
 * outcomes of evaluating user formulas against user data, not bugs, and a rule set may raise
 * many of them.
 */
public final class FormulaError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    /** An error whose message is {@code "#Error! " + detail}. */
    public FormulaError(String detail) {
        super("#Error! " + detail, null, false, false);
        this.detail = detail;
    }

    /** The message without its {@code "#Error! "} prefix, e.g. {@code "Division by zero"}. */
    public String detail() {
        return detail;
    }

    static FormulaError divisionByZero() {
        return new FormulaError("Division by zero");
    }
}
