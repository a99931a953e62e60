package io.stage7.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One function of the formula library: its canonical (upper-case) name, arity, parameters, return
 * type and a one-line description. The catalog is {@link Functions}.
 */
public final class FunctionSpec {

    /** Marks a variadic function's {@link #maxArity()}. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** What a literal argument must name or be, beyond its type. */
    public enum Role {
        /** Any value of an accepted type. */
        VALUE,
        /** A text naming a declared calendar; checked when it is a literal. */
        CALENDAR,
        /** A text naming a declared period-end window (EoM, EoQ, EoY); checked when it is a literal. */
        PERIOD_END,
        /** A Java regular expression; checked when it is a literal. */
        REGEX,
        /** A text literal in quotes, not a field or a function result (ISPICKVAL, INCLUDES). */
        TEXT_LITERAL,
        /** A date as text, {@code YYYY-MM-DD}; checked when it is a literal. */
        DATE_TEXT,
        /** A date-time as text (ISO-8601 with offset, or {@code YYYY-MM-DD HH:MM:SS} GMT); checked when literal. */
        DATETIME_TEXT,
        /** A time as text, {@code HH:MM[:SS[.mmm]]}; checked when it is a literal. */
        TIME_TEXT,
        /** A field of the formula's own record, not an expression nor a field reached through a lookup. */
        FIELD
    }

    /**
     * A parameter as documented.
     *
     * @param accepts  the types an argument may have (NULL, a blank, is always accepted)
     * @param optional whether it may be left off (optional parameters come last)
     * @param repeated whether it may repeat (only the last parameter)
     */
    public record Param(String name, Set<ExprType> accepts, Role role, boolean optional, boolean repeated) {
        public Param {
            Objects.requireNonNull(name, "name");
            accepts = Set.copyOf(accepts);
            Objects.requireNonNull(role, "role");
        }
    }

    /** Computes a call's type from its checked arguments (and reports what only it can see). */
    interface Typing {
        ExprType type(CallSite site);
    }

    private final String name;
    private final FunctionCategory category;
    private final List<Param> params;
    private final int minArity;
    private final int maxArity;
    private final String returns;
    private final ExprType fixedReturn;
    private final String description;
    private final String signature;
    private final boolean customChecks;
    private final Typing typing;
    private final int firstLazyArgument;

    FunctionSpec(String name, FunctionCategory category, List<Param> params, int minArity, int maxArity,
                 String returns, ExprType fixedReturn, String description, String signature, boolean customChecks,
                 Typing typing, int firstLazyArgument) {
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.params = List.copyOf(params);
        this.minArity = minArity;
        this.maxArity = maxArity;
        this.returns = Objects.requireNonNull(returns, "returns");
        this.fixedReturn = fixedReturn;
        this.description = Objects.requireNonNull(description, "description");
        this.signature = signature;
        this.customChecks = customChecks;
        this.typing = Objects.requireNonNull(typing, "typing");
        this.firstLazyArgument = firstLazyArgument;
    }

    /** The canonical name, upper case: {@code ISPICKVAL}. Calls may spell it in any case. */
    public String name() {
        return name;
    }

    public FunctionCategory category() {
        return category;
    }

    public List<Param> params() {
        return params;
    }

    public int minArity() {
        return minArity;
    }

    /** The most arguments it takes; {@link #UNBOUNDED} when variadic. */
    public int maxArity() {
        return maxArity;
    }

    public boolean isVariadic() {
        return maxArity == UNBOUNDED;
    }

    /** The return type as documented: a type name, or a rule such as "the type of the results". */
    public String returns() {
        return returns;
    }

    /** The return type when it does not depend on the arguments. */
    public Optional<ExprType> fixedReturn() {
        return Optional.ofNullable(fixedReturn);
    }

    /** One line for the function reference. */
    public String description() {
        return description;
    }

    /** The call as documented: {@code FIND(search_text, text[, start_num])}. */
    public String signature() {
        if (signature != null) {
            return signature;
        }
        StringBuilder out = new StringBuilder(name).append('(');
        boolean first = true;
        for (Param param : params) {
            String text = param.repeated() ? param.name() + "1, " + param.name() + "2, ..." : param.name();
            if (param.optional()) {
                out.append('[').append(first ? "" : ", ").append(text).append(']');
            } else {
                out.append(first ? "" : ", ").append(text);
            }
            first = false;
        }
        return out.append(')').toString();
    }

    /** The arity as a phrase: "3 arguments", "2 to 3 arguments", "at least 1 argument". */
    String arityPhrase() {
        if (minArity == maxArity) {
            return minArity == 0 ? "no arguments" : minArity + (minArity == 1 ? " argument" : " arguments");
        }
        if (isVariadic()) {
            return "at least " + minArity + (minArity == 1 ? " argument" : " arguments");
        }
        return minArity + " to " + maxArity + " arguments";
    }

    /**
     * Whether the argument at {@code index} may go unevaluated: IF's values, CASE's arguments after
     * the first value, AND's and OR's after the first, BLANKVALUE's and NULLVALUE's substitute.
     * The evaluators skip them as these functions are documented to; the checker reports an invalid
     * constant there as a warning, since Salesforce saves such a formula and shows #Error! only
     * when the branch is taken.
     */
    boolean isLazy(int index) {
        return index >= firstLazyArgument;
    }

    boolean customChecks() {
        return customChecks;
    }

    Typing typing() {
        return typing;
    }

    /** The parameter an argument at {@code index} binds to (the last one repeats). */
    Param paramAt(int index) {
        return params.get(Math.min(index, params.size() - 1));
    }

    static String describe(Set<ExprType> types) {
        if (types.containsAll(ExprType.NUMERIC) && types.size() == ExprType.NUMERIC.size()) {
            return "Number";
        }
        return types.stream().sorted().map(t -> t.isNumeric() && types.containsAll(ExprType.NUMERIC)
                        ? "Number" : t.label()).distinct().collect(Collectors.joining(" or "));
    }

    @Override
    public String toString() {
        return signature();
    }
}
