package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.functions.LogicalFunctions;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code CASE(expression, value1, result1, ..., else_result)}: the expression is evaluated once,
 * the values in order until one matches, and only the chosen result. A Text or Picklist
 * expression, or a Text value, matches as text equality (a blank expression matches
 * {@code ""}); other types match an equal non-blank value.
 */
final class CaseNodes {
    /** Constant text values beyond this many are looked up in a hash table instead of scanned. */
    static final int HASH_THRESHOLD = 8;

    private CaseNodes() {
    }

    /** Picks the pair a CASE takes: its 0-based index, or -1 for the else result. */
    interface Matcher {
        int match(DataRecord record, EvalContext context);
    }

    /** A Text or Picklist expression against constant values: a scan, or a hash lookup when there are many. */
    static final class TextConstants implements Matcher {
        final Val<String> subject;
        final String[] values;
        final Map<String, Integer> index;
        final int blankIndex;

        TextConstants(Val<String> subject, String[] values) {
            this.subject = subject;
            this.values = new String[values.length];
            int blank = -1;
            Map<String, Integer> byValue = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                String value = values[i] == null ? "" : values[i];
                this.values[i] = value;
                if (value.isEmpty() && blank < 0) {
                    blank = i;
                }
                byValue.putIfAbsent(value, i);
            }
            this.blankIndex = blank;
            this.index = values.length > HASH_THRESHOLD ? byValue : null;
        }

        @Override
        public int match(DataRecord record, EvalContext context) {
            String value = subject.eval(record, context);
            if (index != null) {
                return GeneratedSupport.matchIndexed(value, index, blankIndex);
            }
            if (value == null || value.isEmpty()) {
                return blankIndex;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i].equals(value)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Any expression against values evaluated lazily, in order. */
    static final class Lazy implements Matcher {
        final Val<?> subject;
        final Val<?>[] values;
        final boolean[] text;

        /** {@code text[i]}: whether value i matches by text equality. */
        Lazy(Val<?> subject, Val<?>[] values, boolean[] text) {
            this.subject = subject;
            this.values = values;
            this.text = text;
        }

        @Override
        public int match(DataRecord record, EvalContext context) {
            Object expression = subject.eval(record, context);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i].eval(record, context);
                boolean matches = text[i] ? LogicalFunctions.textEqual((String) expression, (String) value)
                        : LogicalFunctions.caseMatches(expression, value);
                if (matches) {
                    return i;
                }
            }
            return -1;
        }
    }

    static final class CaseValue<T> implements Val<T> {
        final Matcher matcher;
        final Val<? extends T>[] results;
        final Val<? extends T> otherwise;

        CaseValue(Matcher matcher, Val<? extends T>[] results, Val<? extends T> otherwise) {
            this.matcher = matcher;
            this.results = results;
            this.otherwise = otherwise;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            int chosen = matcher.match(record, context);
            return chosen < 0 ? otherwise.eval(record, context) : results[chosen].eval(record, context);
        }
    }

    /** A CASE whose results were all resolved at compile time: the matcher picks one of them. */
    static final class Choice<T> implements Val<T> {
        final Matcher matcher;
        final T[] results;
        final T otherwise;

        Choice(Matcher matcher, T[] results, T otherwise) {
            this.matcher = matcher;
            this.results = results;
            this.otherwise = otherwise;
        }

        @Override
        public T eval(DataRecord record, EvalContext context) {
            int chosen = matcher.match(record, context);
            return chosen < 0 ? otherwise : results[chosen];
        }
    }

    static final class CaseTruth implements Cond {
        final Matcher matcher;
        final Cond[] results;
        final Cond otherwise;

        CaseTruth(Matcher matcher, Cond[] results, Cond otherwise) {
            this.matcher = matcher;
            this.results = results;
            this.otherwise = otherwise;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int chosen = matcher.match(record, context);
            return chosen < 0 ? otherwise.test(record, context) : results[chosen].test(record, context);
        }
    }
}
