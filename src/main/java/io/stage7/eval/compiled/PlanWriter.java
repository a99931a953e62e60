package io.stage7.eval.compiled;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an object's {@link ObjectCode#run} into the class {@link BytecodeWriter} generates for
 * the object's unit, beside the formulas' static methods, which it calls directly: one call per
 * record runs every requirement and every routing set, with no interface call, no dispatch by id
 * and no volatile read per rule.
 *
 * <p>Layout of the class:
 * <ul>
 *   <li>{@code run}: each requirement's condition in turn, a TRUE one setting its bit in a
 *       {@code long} (a runtime error goes to {@link ObjectPlan#requirementFailed} and the next
 *       requirement runs); then each routing set's method; then, without an outcome, the
 *       {@link io.stage7.eval.Decision} through {@link ObjectPlan}'s {@code decision}, with one,
 *       the bits into the outcome. An object with more than 64 requirements is always given an
 *       outcome, and its requirements go into methods of 64 each ({@code w0}, {@code w1}, ...)
 *       whose bits the outcome takes word by word.</li>
 *   <li>{@code r<j>}: routing set j, calling the entry methods in entry order (a scan), or, for an
 *       indexed set, in the order of its {@link RoutingIndex} candidates for the record's value,
 *       through a {@code tableswitch}; the first non-null result decides, else no entry matched.</li>
 *   <li>{@code e<j>_<k>}: entry k of set j: null when its condition is not TRUE, else its
 *       assignments evaluated in target order and handed to {@link CompiledRouting.Entry}, which
 *       builds the route or writes it into the outcome.</li>
 * </ul>
 * Methods stay well under the JIT's size limit for compiling a method (8,000 bytes): long
 * sequences of calls are split into methods of their own.
 */
final class PlanWriter {
    private static final String PACKAGE = "io/stage7/eval/compiled/";
    private static final String RECORD = "io/stage7/eval/DataRecord";
    private static final String OUTCOME = "io/stage7/eval/Outcome";
    private static final String ERROR = "io/stage7/functions/FormulaError";
    private static final String PLAN = PACKAGE + "ObjectPlan";
    private static final String ROUTING = PACKAGE + "CompiledRouting";
    private static final String ENTRY = PACKAGE + "CompiledRouting$Entry";
    private static final String INDEX = PACKAGE + "RoutingIndex";
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final String ARGS = "(L" + RECORD + ";Lio/stage7/eval/EvalContext;L" + OUTCOME + ";";
    /** {@code run}, a routing set's method and an entry's: record, context, outcome. */
    private static final String RUN_DESC = ARGS + ")" + OBJECT;
    private static final String WORD_DESC = ARGS + ")J";
    private static final String DISPATCH_DESC = ARGS + "I)" + OBJECT;
    /** Calls in one method of a sequence, and cases in one {@code tableswitch}: a few thousand bytes. */
    private static final int CALLS_PER_METHOD = 200;
    private static final int CASES_PER_METHOD = 256;

    private final BytecodeWriter writer;
    private final ObjectPlan plan;
    private final Map<Object, Integer> condIds = new IdentityHashMap<>();
    private final Map<Object, Integer> valueIds = new IdentityHashMap<>();
    private int helpers;

    PlanWriter(BytecodeWriter writer, ObjectPlan plan) {
        this.writer = writer;
        this.plan = plan;
        BytecodeUnit unit = writer.unit;
        for (int i = 0; i < unit.conds.size(); i++) {
            condIds.putIfAbsent(unit.conds.get(i), i);
        }
        for (int i = 0; i < unit.values.size(); i++) {
            valueIds.putIfAbsent(unit.values.get(i), i);
        }
    }

    void write() {
        for (int j = 0; j < plan.routings.length; j++) {
            writeRouting(j);
        }
        if (plan.wide) {
            for (int word = 0; word * Long.SIZE < plan.requirements.length; word++) {
                writeWord(word);
            }
        }
        writeRun();
    }

    // ---- run and the requirements

    private void writeRun() {
        MethodVisitor mv = writer.writer.visitMethod(0, "run", RUN_DESC, null, null);
        mv.visitCode();
        // locals: 0 this, 1 record, 2 context, 3 outcome, 4-5 bits, 6 failures, 7 error, 8+ routes
        int sets = plan.routings.length;
        if (plan.wide) {
            for (int word = 0; word * Long.SIZE < plan.requirements.length; word++) {
                mv.visitVarInsn(Opcodes.ALOAD, 3);
                BytecodeWriter.pushInt(mv, word);
                loadArgs(mv, 1);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "w" + word, WORD_DESC, false);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OUTCOME, "fireAll", "(IJ)V", false);
            }
            for (int j = 0; j < sets; j++) {
                loadArgs(mv, 1);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "r" + j, RUN_DESC, false);
                mv.visitInsn(Opcodes.POP);
            }
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ARETURN);
            end(mv);
            return;
        }
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, 4);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, 6);
        for (int i = 0; i < plan.requirements.length; i++) {
            requirement(mv, i, 1, 4, 6, 7);
        }
        for (int j = 0; j < sets; j++) {
            loadArgs(mv, 1);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "r" + j, RUN_DESC, false);
            mv.visitVarInsn(Opcodes.ASTORE, 8 + j);
        }
        Label decide = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitJumpInsn(Opcodes.IFNULL, decide);
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.LLOAD, 4);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, OUTCOME, "fireAll", "(IJ)V", false);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(decide);
        loadConstant(mv, plan, ObjectPlan.class);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitVarInsn(Opcodes.LLOAD, 4);
        mv.visitVarInsn(Opcodes.ALOAD, 6);
        String decision = "(L" + RECORD + ";J" + OBJECT;
        if (sets == 1) {
            mv.visitVarInsn(Opcodes.ALOAD, 8);
            decision += OBJECT;
        } else if (sets > 1) {
            BytecodeWriter.pushInt(mv, sets);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            for (int j = 0; j < sets; j++) {
                mv.visitInsn(Opcodes.DUP);
                BytecodeWriter.pushInt(mv, j);
                mv.visitVarInsn(Opcodes.ALOAD, 8 + j);
                mv.visitInsn(Opcodes.AASTORE);
            }
            decision += "[" + OBJECT;
        }
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, PLAN, "decision", decision + ")Lio/stage7/eval/Decision;", false);
        mv.visitInsn(Opcodes.ARETURN);
        end(mv);
    }

    /** {@code w<word>}: requirements 64 word to 64 word + 63 of a wide object, returning their bits. */
    private void writeWord(int word) {
        MethodVisitor mv = staticMethod("w" + word, WORD_DESC);
        // locals: 0 record, 1 context, 2 outcome, 3-4 bits, 5 failures (unused: the outcome takes them), 6 error
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, 3);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, 5);
        for (int i = word * Long.SIZE; i < Math.min(plan.requirements.length, (word + 1) * Long.SIZE); i++) {
            requirement(mv, i, 0, 3, 5, 6);
        }
        mv.visitVarInsn(Opcodes.LLOAD, 3);
        mv.visitInsn(Opcodes.LRETURN);
        end(mv);
    }

    /**
     * Requirement {@code i}: its bit set in the long at {@code bits} when its condition is TRUE;
     * a runtime error recorded through {@link ObjectPlan#requirementFailed} into the failures at
     * {@code failures} (or the outcome at {@code record} + 2).
     */
    private void requirement(MethodVisitor mv, int i, int record, int bits, int failures, int error) {
        CompiledRequirement requirement = plan.requirements[i];
        Label next = new Label();
        if (requirement.condition instanceof LogicNodes.Const constant) {
            if (constant.value == Truth.TRUE) {
                setBit(mv, i, bits);
            }
            return;
        }
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, ERROR);
        mv.visitLabel(start);
        mv.visitVarInsn(Opcodes.ALOAD, record);
        mv.visitVarInsn(Opcodes.ALOAD, record + 1);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "c" + condIds.get(requirement.condition),
                BytecodeWriter.COND_DESC, false);
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.ICONST_1); // Truth.TRUE
        mv.visitJumpInsn(Opcodes.IF_ICMPNE, next);
        setBit(mv, i, bits);
        mv.visitJumpInsn(Opcodes.GOTO, next);
        mv.visitLabel(handler);
        mv.visitVarInsn(Opcodes.ASTORE, error);
        mv.visitVarInsn(Opcodes.ALOAD, failures);
        mv.visitVarInsn(Opcodes.ALOAD, record + 2);
        mv.visitLdcInsn(requirement.name);
        mv.visitVarInsn(Opcodes.ALOAD, error);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, PLAN, "requirementFailed",
                "(" + OBJECT + "L" + OUTCOME + ";Ljava/lang/String;L" + ERROR + ";)" + OBJECT, false);
        mv.visitVarInsn(Opcodes.ASTORE, failures);
        mv.visitLabel(next);
    }

    private static void setBit(MethodVisitor mv, int i, int bits) {
        mv.visitVarInsn(Opcodes.LLOAD, bits);
        mv.visitLdcInsn(1L << i);
        mv.visitInsn(Opcodes.LOR);
        mv.visitVarInsn(Opcodes.LSTORE, bits);
    }

    // ---- routing

    private void writeRouting(int j) {
        CompiledRouting routing = plan.routings[j];
        List<String> entries = new ArrayList<>();
        for (int k = 0; k < routing.entries.length; k++) {
            entries.add(writeEntry(j, k));
        }
        if (routing.index == null) {
            writeSequence("r" + j, entries, j);
        } else {
            writeIndexed(j, entries);
        }
    }

    /**
     * {@code name}: calls {@code callees} (all with the run signature) in order and returns the
     * first non-null result; at the end, set {@code set}'s no-match result ({@code set} -1: null).
     * A long list calls methods of at most {@link #CALLS_PER_METHOD} calls each.
     */
    private void writeSequence(String name, List<String> callees, int set) {
        List<String> calls = callees;
        while (calls.size() > CALLS_PER_METHOD) {
            List<String> grouped = new ArrayList<>();
            for (int from = 0; from < calls.size(); from += CALLS_PER_METHOD) {
                String helper = name + "_" + helpers++;
                writeSequence(helper, calls.subList(from, Math.min(calls.size(), from + CALLS_PER_METHOD)), -1);
                grouped.add(helper);
            }
            calls = grouped;
        }
        MethodVisitor mv = staticMethod(name, RUN_DESC);
        Label decided = new Label();
        for (String callee : calls) {
            loadArgs(mv, 0);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, callee, RUN_DESC, false);
            mv.visitInsn(Opcodes.DUP);
            mv.visitJumpInsn(Opcodes.IFNONNULL, decided);
            mv.visitInsn(Opcodes.POP);
        }
        noMatch(mv, set);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(decided);
        mv.visitInsn(Opcodes.ARETURN);
        end(mv);
    }

    /** Pushes set {@code set}'s no-match result (the outcome is local 2), or null for a part of a sequence. */
    private void noMatch(MethodVisitor mv, int set) {
        if (set < 0) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            return;
        }
        loadConstant(mv, plan.routings[set], CompiledRouting.class);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        BytecodeWriter.pushInt(mv, set);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ROUTING, "noMatch", "(L" + OUTCOME + ";I)" + OBJECT, false);
    }

    /**
     * {@code r<j>} of an indexed set: the candidates keyed on the record's value merged in entry
     * order with the unkeyed ones (as {@link CompiledRouting#route} merges them), each dispatched
     * by position to its entry method.
     */
    private void writeIndexed(int j, List<String> entries) {
        RoutingIndex index = plan.routings[j].index;
        String dispatch = writeDispatch("r" + j + "_d", entries);
        MethodVisitor mv = staticMethod("r" + j, RUN_DESC);
        // locals: 0 record, 1 context, 2 outcome, 3 keyed, 4 unkeyed, 5 i, 6 j, 7 next
        loadConstant(mv, index, RoutingIndex.class);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        BytecodeWriter.pushInt(mv, index.slot());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RECORD, "value", "(I)" + OBJECT, false);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INDEX, "keyedOn", "(" + OBJECT + ")[I", false);
        mv.visitVarInsn(Opcodes.ASTORE, 3);
        loadConstant(mv, index, RoutingIndex.class);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INDEX, "unkeyed", "()[I", false);
        mv.visitVarInsn(Opcodes.ASTORE, 4);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, 5);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, 6);
        Label loop = new Label();
        Label takeKeyed = new Label();
        Label takeUnkeyed = new Label();
        Label call = new Label();
        Label none = new Label();
        Label decided = new Label();
        mv.visitLabel(loop);
        // keyed[i] when i < keyed.length and (j >= unkeyed.length or keyed[i] < unkeyed[j])
        mv.visitVarInsn(Opcodes.ILOAD, 5);
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, takeUnkeyed);
        mv.visitVarInsn(Opcodes.ILOAD, 6);
        mv.visitVarInsn(Opcodes.ALOAD, 4);
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, takeKeyed);
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitVarInsn(Opcodes.ILOAD, 5);
        mv.visitInsn(Opcodes.IALOAD);
        mv.visitVarInsn(Opcodes.ALOAD, 4);
        mv.visitVarInsn(Opcodes.ILOAD, 6);
        mv.visitInsn(Opcodes.IALOAD);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, takeUnkeyed);
        mv.visitLabel(takeKeyed);
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitVarInsn(Opcodes.ILOAD, 5);
        mv.visitInsn(Opcodes.IALOAD);
        mv.visitVarInsn(Opcodes.ISTORE, 7);
        mv.visitIincInsn(5, 1);
        mv.visitJumpInsn(Opcodes.GOTO, call);
        mv.visitLabel(takeUnkeyed);
        mv.visitVarInsn(Opcodes.ILOAD, 6);
        mv.visitVarInsn(Opcodes.ALOAD, 4);
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, none);
        mv.visitVarInsn(Opcodes.ALOAD, 4);
        mv.visitVarInsn(Opcodes.ILOAD, 6);
        mv.visitInsn(Opcodes.IALOAD);
        mv.visitVarInsn(Opcodes.ISTORE, 7);
        mv.visitIincInsn(6, 1);
        mv.visitLabel(call);
        loadArgs(mv, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 7);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, dispatch, DISPATCH_DESC, false);
        mv.visitInsn(Opcodes.DUP);
        mv.visitJumpInsn(Opcodes.IFNONNULL, decided);
        mv.visitInsn(Opcodes.POP);
        mv.visitJumpInsn(Opcodes.GOTO, loop);
        mv.visitLabel(none);
        noMatch(mv, j);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(decided);
        mv.visitInsn(Opcodes.ARETURN);
        end(mv);
    }

    /**
     * A method {@code (record, context, outcome, position)} returning what entry {@code position}'s
     * method returns, by {@code tableswitch}; over {@link #CASES_PER_METHOD} entries, a switch on
     * the position's high bits to methods of its own. Returns the method's name.
     */
    private String writeDispatch(String name, List<String> entries) {
        return writeDispatch(name, entries, 0, entries.size());
    }

    private String writeDispatch(String name, List<String> entries, int from, int to) {
        int span = to - from;
        int width = 1;
        while ((long) width * CASES_PER_METHOD < span) {
            width *= CASES_PER_METHOD;
        }
        List<String> targets = new ArrayList<>();
        if (width == 1) {
            targets.addAll(entries.subList(from, to));
        } else {
            for (int low = from; low < to; low += width) {
                targets.add(writeDispatch(name + "_" + helpers++, entries, low, Math.min(to, low + width)));
            }
        }
        MethodVisitor mv = staticMethod(name, DISPATCH_DESC);
        Label[] cases = new Label[targets.size()];
        for (int c = 0; c < cases.length; c++) {
            cases[c] = new Label();
        }
        Label other = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 3);
        if (from != 0) {
            BytecodeWriter.pushInt(mv, from);
            mv.visitInsn(Opcodes.ISUB);
        }
        if (width > 1) {
            BytecodeWriter.pushInt(mv, width);
            mv.visitInsn(Opcodes.IDIV);
        }
        if (cases.length > 0) {
            mv.visitTableSwitchInsn(0, cases.length - 1, other, cases);
        } else {
            mv.visitInsn(Opcodes.POP);
        }
        for (int c = 0; c < cases.length; c++) {
            mv.visitLabel(cases[c]);
            loadArgs(mv, 0);
            if (width == 1) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, targets.get(c), RUN_DESC, false);
            } else {
                mv.visitVarInsn(Opcodes.ILOAD, 3);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, targets.get(c), DISPATCH_DESC, false);
            }
            mv.visitInsn(Opcodes.ARETURN);
        }
        mv.visitLabel(other);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitInsn(Opcodes.ARETURN);
        end(mv);
        return name;
    }

    /**
     * {@code e<j>_<k>}: null when entry k's condition is not TRUE; else the set's result from its
     * assignments, or the failure of its condition or of an assignment. Returns the method's name.
     */
    private String writeEntry(int j, int k) {
        String name = "e" + j + "_" + k;
        CompiledRouting.Entry entry = plan.routings[j].entries[k];
        MethodVisitor mv = staticMethod(name, RUN_DESC);
        // locals: 0 record, 1 context, 2 outcome, 3 error, 4 target, 5-9 assigned values
        if (entry.condition instanceof LogicNodes.Const constant) {
            if (constant.value != Truth.TRUE) {
                mv.visitInsn(Opcodes.ACONST_NULL);
                mv.visitInsn(Opcodes.ARETURN);
                end(mv);
                return name;
            }
        } else {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            Label matched = new Label();
            mv.visitTryCatchBlock(start, end, handler, ERROR);
            mv.visitLabel(start);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "c" + condIds.get(entry.condition),
                    BytecodeWriter.COND_DESC, false);
            mv.visitLabel(end);
            mv.visitInsn(Opcodes.ICONST_1); // Truth.TRUE
            mv.visitJumpInsn(Opcodes.IF_ICMPEQ, matched);
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitLabel(handler);
            mv.visitVarInsn(Opcodes.ASTORE, 3);
            loadEntry(mv, entry, j);
            mv.visitVarInsn(Opcodes.ALOAD, 3);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ENTRY, "conditionFailed", "(L" + OUTCOME + ";IL" + ERROR + ";)"
                    + OBJECT, false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitLabel(matched);
        }
        if (entry.isConstant()) {
            loadEntry(mv, entry, j);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ENTRY, "constantRoute", "(L" + OUTCOME + ";I)" + OBJECT, false);
            mv.visitInsn(Opcodes.ARETURN);
            end(mv);
            return name;
        }
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, 4);
        mv.visitTryCatchBlock(start, end, handler, ERROR);
        mv.visitLabel(start);
        for (int t = 0; t < entry.assignments.length; t++) {
            if (t > 0) {
                BytecodeWriter.pushInt(mv, t);
                mv.visitVarInsn(Opcodes.ISTORE, 4);
            }
            value(mv, entry.assignments[t]);
            mv.visitVarInsn(Opcodes.ASTORE, 5 + t);
        }
        mv.visitLabel(end);
        loadEntry(mv, entry, j);
        for (int t = 0; t < entry.assignments.length; t++) {
            mv.visitVarInsn(Opcodes.ALOAD, 5 + t);
        }
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ENTRY, "complete", "(L" + OUTCOME + ";I" + OBJECT.repeat(5) + ")"
                + OBJECT, false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(handler);
        mv.visitVarInsn(Opcodes.ASTORE, 3);
        loadEntry(mv, entry, j);
        mv.visitVarInsn(Opcodes.ILOAD, 4);
        mv.visitVarInsn(Opcodes.ALOAD, 3);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, ENTRY, "assignmentFailed", "(L" + OUTCOME + ";IIL" + ERROR + ";)"
                + OBJECT, false);
        mv.visitInsn(Opcodes.ARETURN);
        end(mv);
        return name;
    }

    /** The entry, the outcome and the set's number: the first arguments of the entry's methods. */
    private void loadEntry(MethodVisitor mv, CompiledRouting.Entry entry, int set) {
        loadConstant(mv, entry, CompiledRouting.Entry.class);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        BytecodeWriter.pushInt(mv, set);
    }

    /** An assignment's value: its formula's method, or the constant. */
    private void value(MethodVisitor mv, Val<?> tree) {
        if (tree instanceof ValueNodes.Const<?> constant) {
            loadConstant(mv, constant.value, Object.class);
            return;
        }
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, writer.className, "v" + valueIds.get(tree), BytecodeWriter.VAL_DESC,
                false);
    }

    // ---- plumbing

    private MethodVisitor staticMethod(String name, String desc) {
        MethodVisitor mv = writer.writer.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE, name, desc, null, null);
        mv.visitCode();
        return mv;
    }

    private static void end(MethodVisitor mv) {
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Record, context and outcome, from local {@code first} on. */
    private static void loadArgs(MethodVisitor mv, int first) {
        mv.visitVarInsn(Opcodes.ALOAD, first);
        mv.visitVarInsn(Opcodes.ALOAD, first + 1);
        mv.visitVarInsn(Opcodes.ALOAD, first + 2);
    }

    private void loadConstant(MethodVisitor mv, Object value, Class<?> type) {
        if (value == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            return;
        }
        int index = writer.constant(value, type);
        mv.visitFieldInsn(Opcodes.GETSTATIC, writer.className, "k" + index, Type.getDescriptor(type));
    }
}
