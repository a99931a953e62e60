package io.stage7.eval.compiled;

/**
 * A node whose generated code is one call of a static support method on its operands
 * ({@link StaticCall}): the specialized nodes of {@link DateNodes} and {@link PicklistNodes}.
 * The node's own {@code eval}/{@code test} calls the same methods in the
 * same order, so the tree and the generated class share each step's semantics, and
 * {@link BytecodeWriter} spells such nodes out without knowing them one by one.
 */
interface Emitted {

    /** The call the generated code makes in place of this node. */
    StaticCall code();
}
