package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;

/**
 * The roots of generated formulas as nodes: what requirements and routing entries hold once
 * their trees are compiled to bytecode. Each forwards to its unit's {@link GeneratedCode}, bound
 * when the unit is defined, and keeps the tree it stands for.
 */
final class GeneratedNodes {
    private GeneratedNodes() {
    }

    static final class GeneratedCond implements Cond {
        private final BytecodeUnit unit;
        private final int id;

        GeneratedCond(BytecodeUnit unit, int id) {
            this.unit = unit;
            this.id = id;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return unit.code.test(id, record, context);
        }
    }

    static final class GeneratedVal<T> implements Val<T> {
        private final BytecodeUnit unit;
        private final int id;

        GeneratedVal(BytecodeUnit unit, int id) {
            this.unit = unit;
            this.id = id;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T eval(DataRecord record, EvalContext context) {
            return (T) unit.code.eval(id, record, context);
        }
    }
}
