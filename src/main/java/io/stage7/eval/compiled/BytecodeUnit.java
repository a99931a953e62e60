package io.stage7.eval.compiled;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of formula trees compiled into one generated class. A rule set's formulas are split into
 * units of at most {@link #MAX_FORMULAS} so that every class stays well inside the JVM's limits
 * (constant pool, and dispatch methods small enough for the JIT to compile).
 *
 * <p>Register trees with {@link #cond} and {@link #value}, which return the nodes to use in their
 * place; then {@link #define} binds those nodes to code. Eagerly, the class is generated at once;
 * adaptively (the default), the unit first walks its trees as closures and generates its class
 * once its formulas have been evaluated {@link #HOT_EVALUATIONS} times, as a JIT would: a large
 * rule file is ready quickly, and only the rules that run get compiled. If the class cannot be
 * generated, the unit keeps running its closures and says why in {@link #fallback()}.
 */
final class BytecodeUnit {
    static final int MAX_FORMULAS = 200;
    /** Formula evaluations after which an adaptive unit generates its class. */
    static final int HOT_EVALUATIONS = 2_000;
    /**
     * Adaptively, an object with more rules (requirements and routing entries) than this keeps its
     * trees as they are: every rule runs for every record, and beyond about a hundred the generated
     * code of one record no longer fits the instruction caches, while the trees share a few node
     * classes (measured in docs/benchmarks.md: bytecode 1.48x faster at 50 requirements, 1.14x at
     * 100, 1.28x slower at 200 and 2.72x at 1,000).
     */
    static final int ADAPTIVE_MAX_RULES = 100;
    /** A formula of this many nodes or fewer stays a closure: one node call costs less than the dispatch. */
    static final int TINY_FORMULA = 2;

    final String label;
    final List<Cond> conds = new ArrayList<>();
    final List<Val<?>> values = new ArrayList<>();
    /** What the unit's nodes run: closures until generated, then the generated class. */
    volatile GeneratedCode code;
    private volatile String fallback;
    private volatile boolean generated;

    BytecodeUnit(String label) {
        this.label = label;
    }

    boolean isFull() {
        return conds.size() + values.size() >= MAX_FORMULAS;
    }

    /** The node to use for {@code tree}: a constant stays itself, anything else runs generated code. */
    Cond cond(Cond tree) {
        if (tree instanceof LogicNodes.Const) {
            return tree;
        }
        conds.add(tree);
        return new GeneratedNodes.GeneratedCond(this, conds.size() - 1);
    }

    <T> Val<T> value(Val<T> tree) {
        if (tree instanceof ValueNodes.Const) {
            return tree;
        }
        values.add(tree);
        return new GeneratedNodes.GeneratedVal<>(this, values.size() - 1);
    }

    /** Generates and loads the class now; on failure keeps the closures and records why. */
    void define() {
        generate();
    }

    /** Runs closures now and generates the class once the formulas have been evaluated often enough. */
    void defineAdaptive() {
        code = new Counting(this, conds.toArray(new Cond[0]), values.toArray(new Val<?>[0]));
    }

    /** Whether the unit runs generated code (false while adaptive and cold, or after a fallback). */
    boolean isGenerated() {
        return generated;
    }

    private synchronized void generate() {
        if (generated || fallback != null) {
            return;
        }
        try {
            code = new BytecodeWriter(this).define();
            generated = true;
        } catch (RuntimeException | LinkageError failure) {
            fallback = failure.toString();
            code = new GeneratedCode.Closures(conds.toArray(new Cond[0]), values.toArray(new Val<?>[0]));
        }
    }

    /**
     * Closures that count their evaluations and have the unit generate its class when the count
     * reaches {@link #HOT_EVALUATIONS}. The count is deliberately unsynchronized: threads racing
     * may lose increments, which only delays the switch; generation itself happens once.
     */
    private static final class Counting extends GeneratedCode {
        private final BytecodeUnit unit;
        private final GeneratedCode closures;
        private int evaluations;

        Counting(BytecodeUnit unit, Cond[] conds, Val<?>[] values) {
            this.unit = unit;
            this.closures = new Closures(conds, values);
        }

        @Override
        int test(int id, io.stage7.eval.DataRecord record, io.stage7.eval.EvalContext context) {
            count();
            return closures.test(id, record, context);
        }

        @Override
        Object eval(int id, io.stage7.eval.DataRecord record, io.stage7.eval.EvalContext context) {
            count();
            return closures.eval(id, record, context);
        }

        private void count() {
            if (++evaluations == HOT_EVALUATIONS) {
                unit.generate();
            }
        }
    }

    /** Why this unit runs closures instead of generated code; null when it runs generated code. */
    String fallback() {
        return fallback;
    }

    /**
     * The units of one object's formulas, filled in registration order: {@link #cond} and
     * {@link #value} hand out the node to use in place of each tree, {@link #define} generates
     * every unit. A batch made with {@code generate} false hands the trees back unchanged.
     */
    static final class Batch {
        private final String label;
        private final boolean generate;
        private final boolean adaptive;
        private final List<BytecodeUnit> units = new ArrayList<>();

        /** Generated eagerly. */
        Batch(String label, boolean generate) {
            this(label, generate, false);
        }

        /** {@code generate} false: trees stay closures; else generated eagerly or, if {@code adaptive}, when hot. */
        Batch(String label, boolean generate, boolean adaptive) {
            this.label = label;
            this.generate = generate;
            this.adaptive = adaptive;
        }

        Cond cond(Cond tree) {
            return generate && !isTiny(tree) ? current().cond(tree) : tree;
        }

        <T> Val<T> value(Val<T> tree) {
            return generate && !isTiny(tree) ? current().value(tree) : tree;
        }

        /** Adaptively, a formula of one or two nodes (ISPICKVAL of a field) is left as it is. */
        private boolean isTiny(Object tree) {
            return adaptive && BytecodeWriter.nodeCount(tree, TINY_FORMULA + 1) <= TINY_FORMULA;
        }

        void define() {
            for (BytecodeUnit unit : units) {
                if (adaptive) {
                    unit.defineAdaptive();
                } else {
                    unit.define();
                }
            }
        }

        List<BytecodeUnit> units() {
            return units;
        }

        private BytecodeUnit current() {
            if (units.isEmpty() || units.get(units.size() - 1).isFull()) {
                units.add(new BytecodeUnit(label + "_" + units.size()));
            }
            return units.get(units.size() - 1);
        }
    }
}
