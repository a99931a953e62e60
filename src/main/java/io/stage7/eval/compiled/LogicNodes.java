package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;
import io.stage7.functions.LogicalFunctions;

import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Checkbox nodes: constants, Checkbox fields, Kleene's three-valued {@code AND}/{@code OR}/
 * {@code NOT} (short-circuit, left to right), {@code IF}, blank tests, and adapters between
 * truth values and boxed {@code Boolean}s.
 */
final class LogicNodes {
    private LogicNodes() {
    }

    /** A constant truth value. */
    static final class Const implements Cond {
        static final Const TRUE = new Const(Truth.TRUE);
        static final Const FALSE = new Const(Truth.FALSE);
        static final Const BLANK = new Const(Truth.BLANK);

        final int value;

        private Const(int value) {
            this.value = value;
        }

        static Const of(int truth) {
            return truth == Truth.TRUE ? TRUE : truth == Truth.FALSE ? FALSE : BLANK;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return value;
        }
    }

    /** A Checkbox field: never blank in a built record, but a null slot is read as blank. */
    static final class Field implements Cond {
        final int slot;

        Field(int slot) {
            this.slot = slot;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.truthOf(record.value(slot));
        }
    }

    /** {@code a && b}: b is not evaluated when a is FALSE. */
    static final class And implements Cond {
        final Cond left;
        final Cond right;

        And(Cond left, Cond right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int a = left.test(record, context);
            if (a == Truth.FALSE) {
                return Truth.FALSE;
            }
            int b = right.test(record, context);
            return b == Truth.FALSE ? Truth.FALSE : a == Truth.TRUE ? b : Truth.BLANK;
        }
    }

    /** {@code a || b}: b is not evaluated when a is TRUE. */
    static final class Or implements Cond {
        final Cond left;
        final Cond right;

        Or(Cond left, Cond right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int a = left.test(record, context);
            if (a == Truth.TRUE) {
                return Truth.TRUE;
            }
            int b = right.test(record, context);
            return b == Truth.TRUE ? Truth.TRUE : a == Truth.FALSE ? b : Truth.BLANK;
        }
    }

    /** {@code AND(a, b, c, ...)}: stops at the first FALSE; blank if any was blank, else TRUE. */
    static final class AndAll implements Cond {
        final Cond[] operands;

        AndAll(Cond[] operands) {
            this.operands = operands;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int result = Truth.TRUE;
            for (Cond operand : operands) {
                int value = operand.test(record, context);
                if (value == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (value == Truth.BLANK) {
                    result = Truth.BLANK;
                }
            }
            return result;
        }
    }

    /** {@code OR(a, b, c, ...)}: stops at the first TRUE; blank if any was blank, else FALSE. */
    static final class OrAll implements Cond {
        final Cond[] operands;

        OrAll(Cond[] operands) {
            this.operands = operands;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int result = Truth.FALSE;
            for (Cond operand : operands) {
                int value = operand.test(record, context);
                if (value == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (value == Truth.BLANK) {
                    result = Truth.BLANK;
                }
            }
            return result;
        }
    }

    static final class Not implements Cond {
        final Cond operand;

        Not(Cond operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return Truth.not(operand.test(record, context));
        }
    }

    /** {@code IF(test, a, b)} of Checkbox type: a blank test takes the else branch. */
    static final class If implements Cond {
        final Cond condition;
        final Cond then;
        final Cond otherwise;

        If(Cond condition, Cond then, Cond otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return condition.test(record, context) == Truth.TRUE ? then.test(record, context)
                    : otherwise.test(record, context);
        }
    }

    /** {@code BLANKVALUE(a, b)} and {@code NULLVALUE(a, b)} of Checkbox type; b is evaluated only when a is blank. */
    static final class BlankValue implements Cond {
        final Cond value;
        final Cond substitute;

        BlankValue(Cond value, Cond substitute) {
            this.value = value;
            this.substitute = substitute;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            int v = value.test(record, context);
            return v != Truth.BLANK ? v : substitute.test(record, context);
        }
    }

    /** {@code ISBLANK(checkbox expression)} and {@code ISNULL} of one. */
    static final class IsBlankTruth implements Cond {
        final Cond operand;

        IsBlankTruth(Cond operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return operand.test(record, context) == Truth.BLANK ? Truth.TRUE : Truth.FALSE;
        }
    }

    /** {@code ISBLANK(value)}: null, empty text or an empty multi-select. */
    static final class IsBlank implements Cond {
        final Val<?> operand;

        IsBlank(Val<?> operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return LogicalFunctions.isBlank(operand.eval(record, context)) ? Truth.TRUE : Truth.FALSE;
        }
    }

    /** {@code ISBLANK(text)} for Text and Picklist: null or empty, without testing the value's class. */
    static final class IsBlankText implements Cond {
        final Val<String> operand;

        IsBlankText(Val<String> operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.isBlankText(operand.eval(record, context));
        }
    }

    /** {@code ISNULL(value)} for every type but Text. */
    static final class IsNull implements Cond {
        final Val<?> operand;

        IsNull(Val<?> operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.isNull(operand.eval(record, context));
        }
    }

    /** Evaluates its operand for its errors, then is FALSE: {@code ISNULL(text)}, which Salesforce never finds null. */
    static final class EvaluateThenFalse implements Cond {
        final Val<?> operand;

        EvaluateThenFalse(Val<?> operand) {
            this.operand = operand;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            operand.eval(record, context);
            return Truth.FALSE;
        }
    }

    /** A library function of one argument that returns {@code boolean}. */
    static final class Test1<A> implements Cond {
        final Val<A> a;
        final Predicate<A> function;

        Test1(Val<A> a, Predicate<A> function) {
            this.a = a;
            this.function = function;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return function.test(a.eval(record, context)) ? Truth.TRUE : Truth.FALSE;
        }
    }

    /** A library function of two arguments that returns {@code boolean}. */
    static final class Test2<A, B> implements Cond {
        final Val<A> a;
        final Val<B> b;
        final BiPredicate<A, B> function;

        Test2(Val<A> a, Val<B> b, BiPredicate<A, B> function) {
            this.a = a;
            this.b = b;
            this.function = function;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            A first = a.eval(record, context);
            return function.test(first, b.eval(record, context)) ? Truth.TRUE : Truth.FALSE;
        }
    }

    /** A Checkbox-typed value node (a library function returning a nullable {@code Boolean}) as a condition. */
    static final class OfBoolean implements Cond {
        final Val<Boolean> value;

        OfBoolean(Val<Boolean> value) {
            this.value = value;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return Truth.of(value.eval(record, context));
        }
    }

    /** A condition where a value is needed (CASE over Checkbox, ISBLANK's generic path): shared Boolean constants. */
    static final class Boxed implements Val<Boolean> {
        final Cond condition;

        Boxed(Cond condition) {
            this.condition = condition;
        }

        @Override
        public Boolean eval(DataRecord record, EvalContext context) {
            return Truth.box(condition.test(record, context));
        }
    }
}
