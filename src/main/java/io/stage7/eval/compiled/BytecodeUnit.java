package io.stage7.eval.compiled;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of formula trees compiled into one generated class. A rule set's formulas are split into
 * units of at most {@link #MAX_FORMULAS} so that every class stays well inside the JVM's limits
 * (constant pool, and dispatch methods small enough for the JIT to compile).
 *
 * <p>Register trees with {@link #cond} and {@link #value}, which return the nodes to use in their
 * place; then {@link #define} generates the class and binds those nodes to it. If the class cannot
 * be generated, the unit runs its trees as closures instead and says why in {@link #fallback()}.
 */
final class BytecodeUnit {
    static final int MAX_FORMULAS = 200;

    final String label;
    final List<Cond> conds = new ArrayList<>();
    final List<Val<?>> values = new ArrayList<>();
    /** Set once by {@link #define}, before the rule set holding this unit is published. */
    GeneratedCode code;
    private String fallback;

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
        return new GeneratedNodes.GeneratedCond(tree, this, conds.size() - 1);
    }

    <T> Val<T> value(Val<T> tree) {
        if (tree instanceof ValueNodes.Const) {
            return tree;
        }
        values.add(tree);
        return new GeneratedNodes.GeneratedVal<>(tree, this, values.size() - 1);
    }

    /** Generates and loads the class; on failure keeps the closures and records why. */
    void define() {
        try {
            code = new BytecodeWriter(this).define();
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
     * The units of one object's formulas, filled in registration order: {@link #cond} and
     * {@link #value} hand out the node to use in place of each tree, {@link #define} generates
     * every unit. A batch made with {@code generate} false hands the trees back unchanged.
     */
    static final class Batch {
        private final String label;
        private final boolean generate;
        private final List<BytecodeUnit> units = new ArrayList<>();

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
