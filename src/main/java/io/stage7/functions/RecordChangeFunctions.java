package io.stage7.functions;

import java.math.BigDecimal;

/**
 * The record-change functions, {@code ISNEW()}, {@code ISCHANGED(field)} and
 * {@code PRIORVALUE(field)}, given a field's value now and before the save. The evaluators read
 * the two values; these methods say what they mean, as Salesforce documents it:
 * <ul>
 *   <li>{@code ISNEW()} is TRUE while a record is being created, FALSE when it is updated.</li>
 *   <li>{@code ISCHANGED(field)} is FALSE for every field of a new record. On an update it is
 *       TRUE when the value differs from the prior one, and a blank differs from every value:
 *       a text that was blank and now has any value has changed; a number that was blank and is
 *       now 0, or was 0 and is now blank, has changed. Numbers compare by value
 *       ({@code 2.50} did not change to {@code 2.5}); text and picklists exactly, case included.</li>
 *   <li>{@code PRIORVALUE(field)} on a new record is the field's current value (Salesforce:
 *       "when users create a record, this function returns the value of the field referenced
 *       rather than null").</li>
 * </ul>
 * Values are in the runtime representation of this package, blank as {@code null}; an empty
 * text or selection counts as blank too.
 */
public final class RecordChangeFunctions {

    private RecordChangeFunctions() {
    }

    /** {@code ISNEW()}: whether the record has no prior version. */
    public static boolean isNew(boolean hasPrior) {
        return !hasPrior;
    }

    /**
     * {@code ISCHANGED(field)} on an update: whether {@code now} differs from {@code before}.
     * Never blank.
     */
    public static boolean isChanged(Object now, Object before) {
        boolean blankNow = LogicalFunctions.isBlank(now);
        boolean blankBefore = LogicalFunctions.isBlank(before);
        if (blankNow || blankBefore) {
            return blankNow != blankBefore;
        }
        if (now instanceof BigDecimal a && before instanceof BigDecimal b) {
            return a.compareTo(b) != 0;
        }
        return !now.equals(before);
    }

    /** {@code PRIORVALUE(field)}: the value before the save, or the current one for a new record. */
    public static Object priorValue(Object now, boolean hasPrior, Object before) {
        return hasPrior ? before : now;
    }
}
