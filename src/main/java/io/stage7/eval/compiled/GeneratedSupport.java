package io.stage7.eval.compiled;

import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.functions.LogicalFunctions;
import io.stage7.functions.RecordChangeFunctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The small, monomorphic steps of the nodes, after their operands are evaluated: the nodes
 * ({@link LogicNodes}, {@link CompareNodes}, {@link CaseNodes}, {@link PolicyNodes}) call them,
 * and generated code calls them instead of spelling them out in bytecode, so each step's
 * semantics is written once. They are
 * static and tiny, so the JIT inlines them into the generated methods. Anything whose cost depends
 * on the receiver's class (a {@code compareTo}, a library lambda) is emitted at its own call site
 * instead, where the type profile stays monomorphic.
 */
final class GeneratedSupport {
    private GeneratedSupport() {
    }

    /** A Checkbox value as a truth: {@code null} is blank. */
    static int truthOf(Object value) {
        return value == null ? Truth.BLANK : (Boolean) value ? Truth.TRUE : Truth.FALSE;
    }

    static int isBlankText(Object text) {
        String value = (String) text;
        return value == null || value.isEmpty() ? Truth.TRUE : Truth.FALSE;
    }

    static int isNull(Object value) {
        return value == null ? Truth.TRUE : Truth.FALSE;
    }

    static int textEquals(Object a, Object b, boolean negate) {
        return LogicalFunctions.textEqual((String) a, (String) b) != negate ? Truth.TRUE : Truth.FALSE;
    }

    /** {@code constant} is never null ({@link CompareNodes.TextEqualsConstant} stores blank as ""). */
    static int textEqualsConstant(Object a, String constant, boolean negate) {
        String value = (String) a;
        return constant.equals(value == null ? "" : value) != negate ? Truth.TRUE : Truth.FALSE;
    }

    static int truthEquals(int a, int b, boolean negate) {
        if (a == Truth.BLANK || b == Truth.BLANK) {
            return Truth.BLANK;
        }
        return (a == b) != negate ? Truth.TRUE : Truth.FALSE;
    }

    static boolean textEqual(Object a, Object b) {
        return LogicalFunctions.textEqual((String) a, (String) b);
    }

    static boolean caseMatches(Object expression, Object value) {
        return LogicalFunctions.caseMatches(expression, value);
    }

    /** A CASE over many constant text values: the hash lookup of {@link CaseNodes.TextConstants}. */
    static int matchIndexed(Object subject, Map<String, Integer> index, int blankIndex) {
        String value = (String) subject;
        if (value == null || value.isEmpty()) {
            return blankIndex;
        }
        Integer found = index.get(value);
        return found == null ? -1 : found;
    }

    /** BLANKVALUE's substitute: a blank substitute (empty text, empty selection) is null. */
    static Object blankToNull(Object value) {
        return LogicalFunctions.isBlank(value) ? null : value;
    }

    /** One step of MIN/MAX over the arguments so far: blank if either is blank; ties keep the earlier. */
    static Object extreme(Object best, Object next, int sign) {
        if (best == null || next == null) {
            return null;
        }
        return ((BigDecimal) next).compareTo((BigDecimal) best) * sign > 0 ? next : best;
    }

    static int isPeriodEnd(Object instant, PeriodEnds ends, PeriodKind kind) {
        Instant at = (Instant) instant;
        if (at == null) {
            return Truth.BLANK;
        }
        return (kind == null ? ends.isPeriodEnd(at) : ends.isPeriodEnd(at, kind)) ? Truth.TRUE : Truth.FALSE;
    }

    static int isPeriodEndCall(Object instant, Object window, Object calendar, PolicyRuntime policy) {
        return Truth.of(policy.isPeriodEnd((Instant) instant, (String) window, (String) calendar));
    }

    static int isBusinessHours(Object instant, Object calendar, PolicyRuntime policy) {
        return Truth.of(policy.isBusinessHours((Instant) instant, (PolicyRuntime.NamedCalendar) calendar));
    }

    /** ISNEW, ISCHANGED and PRIORVALUE, for {@link RecordChangeNodes} and generated code alike. */
    static int isNew(EvalContext context) {
        return RecordChangeFunctions.isNew(context.prior().isPresent()) ? Truth.TRUE : Truth.FALSE;
    }

    static int isChanged(DataRecord record, EvalContext context, int slot) {
        DataRecord prior = context.prior().orElse(null);
        return prior != null && RecordChangeFunctions.isChanged(record.value(slot), prior.value(slot))
                ? Truth.TRUE : Truth.FALSE;
    }

    static Object priorValue(DataRecord record, EvalContext context, int slot) {
        DataRecord prior = context.prior().orElse(null);
        Object before = prior == null ? null : prior.value(slot);
        return RecordChangeFunctions.priorValue(record.value(slot), prior != null, before);
    }
}
