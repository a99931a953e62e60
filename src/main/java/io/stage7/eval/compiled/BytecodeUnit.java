package io.stage7.eval.compiled;

import java.util.ArrayList;
import java.util.List;

/**
 * Formula trees compiled into one generated class, each tree a static method of it. Two kinds:
 * <ul>
 *   <li>An object's unit ({@link #plan} set) holds every formula of one object's rules, and its
 *       class also gets the object's {@link ObjectCode#run} method ({@link PlanWriter}): the
 *       requirements into a bitset and the routing scans, calling the formulas' methods directly.
 *       The {@link ObjectPlan} decides when it is generated.</li>
 *   <li>A unit of loose formulas, made by a {@link Batch}: the formulas are reached by id through
 *       {@link GeneratedCode}'s dispatch (what tests use to run one formula as generated code).
 *       A batch splits its formulas into units of at most {@link #MAX_FORMULAS}.</li>
 * </ul>
 * If the class cannot be generated, the formulas run as closures and the unit says why.
 */
final class BytecodeUnit {
    static final int MAX_FORMULAS = 200;
    /** Formula evaluations after which an adaptive object generates its class. */
    static final int HOT_EVALUATIONS = 2_000;
    /**
     * Adaptively, an object with more rules (requirements and routing entries) than this keeps its
     * trees as they are: every rule runs for every record, and beyond about a hundred the generated
     * code of one record no longer fits the instruction caches, while the trees share a few node
     * classes (measured in docs/benchmarks.md: bytecode 1.48x faster at 50 requirements, 1.14x at
     * 100, 1.28x slower at 200 and 2.72x at 1,000).
     */
    static final int ADAPTIVE_MAX_RULES = 100;

    final String label;
    final List<Cond> conds = new ArrayList<>();
    final List<Val<?>> values = new ArrayList<>();
    /** The object whose run method the class implements; null for a unit of loose formulas. */
    final ObjectPlan plan;
    /** What a loose unit's nodes run: the generated class, or closures after a fallback. */
    volatile GeneratedCode code;
    private volatile String fallback;

    BytecodeUnit(String label) {
        this(label, null);
    }

    BytecodeUnit(String label, ObjectPlan plan) {
        this.label = label;
        this.plan = plan;
    }

    boolean isFull() {
        return conds.size() + values.size() >= MAX_FORMULAS;
    }

    /** Adds a formula of an object's unit (a constant needs no method: the plan writer pushes it). */
    void register(Cond tree) {
        if (!(tree instanceof LogicNodes.Const)) {
            conds.add(tree);
        }
    }

    void register(Val<?> tree) {
        if (!(tree instanceof ValueNodes.Const)) {
            values.add(tree);
        }
    }

    /** The node to use for {@code tree} in a loose unit: a constant stays itself, anything else runs generated code. */
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

    /** Generates and loads a loose unit's class now; on failure keeps the closures and records why. */
    synchronized void define() {
        try {
            code = (GeneratedCode) new BytecodeWriter(this).define();
        } catch (RuntimeException | LinkageError failure) {
            fallback = failure.toString();
            code = new GeneratedCode.Closures(conds.toArray(new Cond[0]), values.toArray(new Val<?>[0]));
        }
    }

    /** Why this unit runs closures instead of generated code; null when it runs generated code. */
    String fallback() {
        return fallback;
    }

    /**
     * Loose formulas, filled in registration order: {@link #cond} and {@link #value} hand out the
     * node to use in place of each tree, {@link #define} generates every unit.
     */
    static final class Batch {
        private final String label;
        private final boolean generate;
        private final List<BytecodeUnit> units = new ArrayList<>();

        /** {@code generate} false: the batch hands the trees back unchanged. */
        Batch(String label, boolean generate) {
            this.label = label;
            this.generate = generate;
        }

        Cond cond(Cond tree) {
            return generate ? current().cond(tree) : tree;
        }

        <T> Val<T> value(Val<T> tree) {
            return generate ? current().value(tree) : tree;
        }

        void define() {
            for (BytecodeUnit unit : units) {
                unit.define();
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
