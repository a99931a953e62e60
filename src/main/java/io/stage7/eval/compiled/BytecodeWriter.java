package io.stage7.eval.compiled;

import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.eval.PolicyRuntime;
import io.stage7.functions.LogicalFunctions;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes one {@link BytecodeUnit} as a hidden class: each formula tree becomes a static method
 * whose body is the tree spelled out as straight-line bytecode, so the JIT sees one method per
 * formula instead of a chain of virtual calls through shared node classes (whose call sites see
 * every node type and cannot be inlined).
 *
 * <p>The translation is node by node and mirrors each node's {@code test}/{@code eval} exactly:
 * same evaluation order, same short circuits, same library calls. Control flow (AND, OR, NOT, IF,
 * CASE, BLANKVALUE, comparisons) is emitted as branches; library functions are called through the
 * function objects the nodes hold, loaded from static final fields (constants to the JIT), so each
 * call site has one receiver and inlines; small fixed steps call {@link GeneratedSupport}. A node
 * this writer does not know is called as a node: correct, only not faster.
 *
 * <p>Method size is bounded: a subtree that does not fit a method's budget becomes a method of
 * its own, and a node with very many operands stays a closure.
 */
final class BytecodeWriter {
    /** Nodes emitted inline per method before subtrees move to methods of their own. */
    private static final int METHOD_BUDGET = 80;
    /** A node with more operands than this (a huge AND or CASE) is called as a closure. */
    private static final int MAX_FANOUT = 200;
    /** Text this long or shorter fits a constant-pool entry whatever its characters (3 bytes each at most). */
    private static final int MAX_LDC_CHARS = 65_535 / 3;

    private static final String PACKAGE = "io/stage7/eval/compiled/";
    private static final String RECORD = "io/stage7/eval/DataRecord";
    private static final String CONTEXT = "io/stage7/eval/EvalContext";
    private static final String SUPPORT = PACKAGE + "GeneratedSupport";
    private static final String OBJECT = "java/lang/Object";
    static final String COND_DESC = "(L" + RECORD + ";L" + CONTEXT + ";)I";
    static final String VAL_DESC = "(L" + RECORD + ";L" + CONTEXT + ";)Ljava/lang/Object;";

    final BytecodeUnit unit;
    final String className;
    final ClassWriter writer;
    private final List<Object> constants = new ArrayList<>();
    private final List<Class<?>> constantTypes = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new IdentityHashMap<>();
    private final Map<Object, Integer> sizes = new IdentityHashMap<>();
    private final Deque<Split> splits = new ArrayDeque<>();
    private int splitCount;

    BytecodeWriter(BytecodeUnit unit) {
        this.unit = unit;
        this.className = PACKAGE + "Generated$" + sanitize(unit.label);
        this.writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // Values are kept as Object and cast where used, so Object is always a sound merge.
                return OBJECT;
            }
        };
    }

    /** Generates, defines and instantiates the class: a {@link GeneratedCode}, or an object unit's {@link ObjectCode}. */
    Object define() {
        byte[] bytes = generate();
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(bytes, constants.toArray(), true);
            return lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("cannot load the generated class for " + unit.label, failure);
        }
    }

    /** The class file (for tests and for {@link #define}). */
    byte[] generate() {
        String superclass = PACKAGE + (unit.plan == null ? "GeneratedCode" : "ObjectCode");
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, className, null, superclass, null);
        writeConstructor(superclass);
        for (int i = 0; i < unit.conds.size(); i++) {
            Method method = new Method("c" + i, COND_DESC);
            method.cond(unit.conds.get(i), true);
            method.end(Opcodes.IRETURN);
        }
        for (int i = 0; i < unit.values.size(); i++) {
            Method method = new Method("v" + i, VAL_DESC);
            method.value(unit.values.get(i), true);
            method.end(Opcodes.ARETURN);
        }
        if (unit.plan != null) {
            new PlanWriter(this, unit.plan).write();
        }
        while (!splits.isEmpty()) {
            Split split = splits.poll();
            Method method = new Method(split.name, split.cond ? COND_DESC : VAL_DESC);
            if (split.cond) {
                method.cond((Cond) split.node, true);
                method.end(Opcodes.IRETURN);
            } else {
                method.value((Val<?>) split.node, true);
                method.end(Opcodes.ARETURN);
            }
        }
        if (unit.plan == null) {
            writeDispatch("test", COND_DESC, "c", unit.conds.size(), Opcodes.IRETURN);
            writeDispatch("eval", VAL_DESC, "v", unit.values.size(), Opcodes.ARETURN);
        }
        writeConstants();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private void writeConstructor(String superclass) {
        MethodVisitor mv = writer.visitMethod(0, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superclass, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code test(id, record, context)} / {@code eval(...)}: a tableswitch to the formula's static method. */
    private void writeDispatch(String name, String formulaDesc, String prefix, int count, int returnOpcode) {
        String desc = "(IL" + RECORD + ";L" + CONTEXT + ";)" + formulaDesc.substring(formulaDesc.indexOf(')') + 1);
        MethodVisitor mv = writer.visitMethod(0, name, desc, null, null);
        mv.visitCode();
        Label fail = new Label();
        if (count > 0) {
            Label[] cases = new Label[count];
            for (int i = 0; i < count; i++) {
                cases[i] = new Label();
            }
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitTableSwitchInsn(0, count - 1, fail, cases);
            for (int i = 0; i < count; i++) {
                mv.visitLabel(cases[i]);
                mv.visitVarInsn(Opcodes.ALOAD, 2);
                mv.visitVarInsn(Opcodes.ALOAD, 3);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, className, prefix + i, formulaDesc, false);
                mv.visitInsn(returnOpcode);
            }
        }
        mv.visitLabel(fail);
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalArgumentException");
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn("no formula with that id in " + unit.label);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>",
                "(Ljava/lang/String;)V", false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Static final fields for the constants, set in {@code <clinit>} from the class data. */
    private void writeConstants() {
        for (int i = 0; i < constants.size(); i++) {
            writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE, "k" + i,
                    Type.getDescriptor(constantTypes.get(i)), null, null).visitEnd();
        }
        MethodVisitor mv = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        if (!constants.isEmpty()) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            mv.visitLdcInsn("_");
            mv.visitLdcInsn(Type.getType(Object[].class));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                    false);
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            for (int i = 0; i < constants.size(); i++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                pushInt(mv, i);
                mv.visitInsn(Opcodes.AALOAD);
                mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(constantTypes.get(i)));
                mv.visitFieldInsn(Opcodes.PUTSTATIC, className, "k" + i, Type.getDescriptor(constantTypes.get(i)));
            }
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The number of nodes in a tree (memoized; shared subtrees count once per use). */
    private int size(Object node) {
        Integer known = sizes.get(node);
        if (known != null) {
            return known;
        }
        int size = 1;
        for (Object child : children(node)) {
            size += size(child);
        }
        sizes.put(node, size);
        return size;
    }

    /** The operands of a node this writer spells out; none for leaves and for nodes it calls as closures. */
    private static List<Object> children(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof LogicNodes.And and) {
            out.add(and.left);
            out.add(and.right);
        } else if (node instanceof LogicNodes.Or or) {
            out.add(or.left);
            out.add(or.right);
        } else if (node instanceof LogicNodes.AndAll all) {
            out.addAll(List.of(all.operands));
        } else if (node instanceof LogicNodes.OrAll all) {
            out.addAll(List.of(all.operands));
        } else if (node instanceof LogicNodes.Not not) {
            out.add(not.operand);
        } else if (node instanceof LogicNodes.If branch) {
            out.add(branch.condition);
            out.add(branch.then);
            out.add(branch.otherwise);
        } else if (node instanceof LogicNodes.BlankValue blank) {
            out.add(blank.value);
            out.add(blank.substitute);
        } else if (node instanceof LogicNodes.IsBlankTruth test) {
            out.add(test.operand);
        } else if (node instanceof LogicNodes.IsBlank test) {
            out.add(test.operand);
        } else if (node instanceof LogicNodes.IsBlankText test) {
            out.add(test.operand);
        } else if (node instanceof LogicNodes.IsNull test) {
            out.add(test.operand);
        } else if (node instanceof LogicNodes.EvaluateThenFalse test) {
            out.add(test.operand);
        } else if (node instanceof LogicNodes.Test1<?> test) {
            out.add(test.a);
        } else if (node instanceof LogicNodes.Test2<?, ?> test) {
            out.add(test.a);
            out.add(test.b);
        } else if (node instanceof LogicNodes.OfBoolean test) {
            out.add(test.value);
        } else if (node instanceof LogicNodes.Boxed boxed) {
            out.add(boxed.condition);
        } else if (node instanceof CompareNodes.TextEquals equals) {
            out.add(equals.left);
            out.add(equals.right);
        } else if (node instanceof CompareNodes.TextEqualsConstant equals) {
            out.add(equals.operand);
        } else if (node instanceof CompareNodes.Ordered<?> ordered) {
            out.add(ordered.left);
            out.add(ordered.right);
        } else if (node instanceof CompareNodes.TruthEquals equals) {
            out.add(equals.left);
            out.add(equals.right);
        } else if (node instanceof CaseNodes.CaseTruth choice) {
            out.add(choice.matcher);
            out.addAll(List.of(choice.results));
            out.add(choice.otherwise);
        } else if (node instanceof CaseNodes.CaseValue<?> choice) {
            out.add(choice.matcher);
            out.addAll(List.of(choice.results));
            out.add(choice.otherwise);
        } else if (node instanceof CaseNodes.Choice<?> choice) {
            out.add(choice.matcher);
        } else if (node instanceof CaseNodes.TextConstants matcher) {
            out.add(matcher.subject);
        } else if (node instanceof CaseNodes.Lazy matcher) {
            out.add(matcher.subject);
            out.addAll(List.of(matcher.values));
        } else if (node instanceof PolicyNodes.IsPeriodEnd test) {
            out.add(test.instant);
        } else if (node instanceof PolicyNodes.IsPeriodEndCall test) {
            out.add(test.instant);
            out.add(test.window);
            out.add(test.calendar);
        } else if (node instanceof PolicyNodes.IsBusinessHours test) {
            out.add(test.instant);
            out.add(test.calendar);
        } else if (node instanceof ValueNodes.If<?> branch) {
            out.add(branch.condition);
            out.add(branch.then);
            out.add(branch.otherwise);
        } else if (node instanceof ValueNodes.BlankValue<?> blank) {
            out.add(blank.value);
            out.add(blank.substitute);
        } else if (node instanceof ValueNodes.NullValue<?> blank) {
            out.add(blank.value);
            out.add(blank.substitute);
        } else if (node instanceof ValueNodes.Extreme extreme) {
            out.addAll(List.of(extreme.operands));
        } else if (node instanceof ValueNodes.Call1<?, ?> call) {
            out.add(call.a);
        } else if (node instanceof ValueNodes.Call2<?, ?, ?> call) {
            out.add(call.a);
            out.add(call.b);
        } else if (node instanceof ValueNodes.Call3<?, ?, ?, ?> call) {
            out.add(call.a);
            out.add(call.b);
            out.add(call.c);
        } else if (node instanceof Emitted emitted) {
            out.addAll(emitted.code().operands());
        }
        return out.size() > MAX_FANOUT ? List.of() : out;
    }

    /** Whether a node is spelled out (false: called as a closure). */
    private static boolean tooWide(Object node) {
        return children(node).isEmpty() && hasOperands(node);
    }

    /** Whether a node has operands at all (so an empty child list means "too many to spell out"). */
    private static boolean hasOperands(Object node) {
        return !(node instanceof LogicNodes.Const || node instanceof LogicNodes.Field || node instanceof ValueNodes.Const
                || node instanceof ValueNodes.Field || node instanceof ValueNodes.Clock
                || node instanceof ValueNodes.Daily || node instanceof RecordChangeNodes.IsNew
                || node instanceof RecordChangeNodes.IsChanged || node instanceof RecordChangeNodes.PriorValue);
    }

    /** The index of the static final field {@code k<index>} that holds {@code value} as a {@code type}. */
    int constant(Object value, Class<?> type) {
        Integer known = constantIndex.get(value);
        if (known != null && constantTypes.get(known) == type) {
            return known;
        }
        constants.add(value);
        constantTypes.add(type);
        constantIndex.put(value, constants.size() - 1);
        return constants.size() - 1;
    }

    static void pushInt(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    private static String sanitize(String label) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length() && out.length() < 60; i++) {
            char c = label.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return out.length() == 0 ? "Unit" : out.toString();
    }

    /** A subtree moved to a method of its own. */
    private record Split(String name, Object node, boolean cond) {
    }

    /** One static method being written: its visitor, its next free local, and its inline budget. */
    private final class Method implements CallEmitter.Target {
        private final MethodVisitor mv;
        private int nextLocal = 2;
        private int budget = METHOD_BUDGET;
        /** Above zero while inside a subtree already admitted whole. */
        private int admitted;

        Method(String name, String desc) {
            mv = writer.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE, name, desc, null, null);
            mv.visitCode();
        }

        void end(int returnOpcode) {
            mv.visitInsn(returnOpcode);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private int local() {
            return nextLocal++;
        }

        /**
         * Whether to spell {@code node} out here: always for the method's root and inside a
         * subtree already admitted; otherwise only if the whole subtree fits the budget, else it
         * becomes a method of its own (and this emits the call).
         */
        private boolean inline(Object node, boolean root, boolean cond) {
            if (root || admitted > 0) {
                return true;
            }
            int size = size(node);
            if (size <= budget || size <= 2) {
                budget -= size;
                return true;
            }
            String name = "s" + splitCount++;
            splits.add(new Split(name, node, cond));
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, className, name, cond ? COND_DESC : VAL_DESC, false);
            return false;
        }

        /** Emits {@code node}, leaving its truth ({@code int}) on the stack. */
        void cond(Cond node, boolean root) {
            emit(node, root, true);
        }

        /** Emits {@code node}, leaving its value (an Object, null for blank) on the stack. */
        void value(Val<?> node, boolean root) {
            emit(node, root, false);
        }

        /** Spells out a condition or a value here, or calls the method it was moved to. */
        private void emit(Object node, boolean root, boolean cond) {
            if (!inline(node, root, cond)) {
                return;
            }
            boolean wasAdmitted = admitted > 0 || !root;
            if (wasAdmitted) {
                admitted++;
            }
            try {
                if (cond) {
                    emitCond((Cond) node);
                } else {
                    emitValue((Val<?>) node);
                }
            } finally {
                if (wasAdmitted) {
                    admitted--;
                }
            }
        }

        @Override
        public void cond(Cond node) {
            cond(node, false);
        }

        @Override
        public void value(Val<?> node) {
            value(node, false);
        }

        @Override
        public MethodVisitor visitor() {
            return mv;
        }

        private void emitCond(Cond node) {
            if (tooWide(node)) {
                closure(node, Cond.class, "test", COND_DESC);
            } else if (node instanceof LogicNodes.Const constant) {
                pushInt(mv, constant.value);
            } else if (node instanceof LogicNodes.Field field) {
                readSlot(field.slot);
                support("truthOf", "(Ljava/lang/Object;)I");
            } else if (node instanceof RecordChangeNodes.IsNew) {
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                support("isNew", "(L" + CONTEXT + ";)I");
            } else if (node instanceof RecordChangeNodes.IsChanged changed) {
                priorSlot(changed.slot);
                support("isChanged", "(L" + RECORD + ";L" + CONTEXT + ";I)I");
            } else if (node instanceof LogicNodes.And and) {
                and(new Cond[] {and.left, and.right});
            } else if (node instanceof LogicNodes.AndAll all) {
                and(all.operands);
            } else if (node instanceof LogicNodes.Or or) {
                or(new Cond[] {or.left, or.right});
            } else if (node instanceof LogicNodes.OrAll all) {
                or(all.operands);
            } else if (node instanceof LogicNodes.Not not) {
                cond(not.operand);
                Label done = new Label();
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, Truth.BLANK);
                mv.visitJumpInsn(Opcodes.IF_ICMPEQ, done);
                pushInt(mv, 1);
                mv.visitInsn(Opcodes.SWAP);
                mv.visitInsn(Opcodes.ISUB);
                mv.visitLabel(done);
            } else if (node instanceof LogicNodes.If branch) {
                Label otherwise = new Label();
                Label done = new Label();
                cond(branch.condition);
                pushInt(mv, Truth.TRUE);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, otherwise);
                cond(branch.then);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(otherwise);
                cond(branch.otherwise);
                mv.visitLabel(done);
            } else if (node instanceof LogicNodes.BlankValue blank) {
                Label done = new Label();
                cond(blank.value);
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, Truth.BLANK);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, done);
                mv.visitInsn(Opcodes.POP);
                cond(blank.substitute);
                mv.visitLabel(done);
            } else if (node instanceof LogicNodes.IsBlankTruth test) {
                cond(test.operand);
                pushInt(mv, Truth.BLANK);
                truthOfJump(Opcodes.IF_ICMPEQ);
            } else if (node instanceof LogicNodes.IsBlank test) {
                value(test.operand);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(LogicalFunctions.class), "isBlank",
                        "(Ljava/lang/Object;)Z", false);
            } else if (node instanceof LogicNodes.IsBlankText test) {
                value(test.operand);
                support("isBlankText", "(Ljava/lang/Object;)I");
            } else if (node instanceof LogicNodes.IsNull test) {
                value(test.operand);
                support("isNull", "(Ljava/lang/Object;)I");
            } else if (node instanceof LogicNodes.EvaluateThenFalse test) {
                value(test.operand);
                mv.visitInsn(Opcodes.POP);
                pushInt(mv, Truth.FALSE);
            } else if (node instanceof LogicNodes.Test1<?> test) {
                loadConstant(test.function, Predicate.class);
                value(test.a);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/function/Predicate", "test",
                        "(Ljava/lang/Object;)Z", true);
            } else if (node instanceof LogicNodes.Test2<?, ?> test) {
                loadConstant(test.function, BiPredicate.class);
                value(test.a);
                value(test.b);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/function/BiPredicate", "test",
                        "(Ljava/lang/Object;Ljava/lang/Object;)Z", true);
            } else if (node instanceof LogicNodes.OfBoolean test) {
                value(test.value);
                support("truthOf", "(Ljava/lang/Object;)I");
            } else if (node instanceof CompareNodes.TextEquals equals) {
                value(equals.left);
                value(equals.right);
                pushInt(mv, equals.negate ? 1 : 0);
                support("textEquals", "(Ljava/lang/Object;Ljava/lang/Object;Z)I");
            } else if (node instanceof CompareNodes.TextEqualsConstant equals) {
                value(equals.operand);
                pushString(equals.constant);
                pushInt(mv, equals.negate ? 1 : 0);
                support("textEqualsConstant", "(Ljava/lang/Object;Ljava/lang/String;Z)I");
            } else if (node instanceof CompareNodes.Ordered<?> ordered) {
                ordered(ordered);
            } else if (node instanceof CompareNodes.TruthEquals equals) {
                cond(equals.left);
                cond(equals.right);
                pushInt(mv, equals.negate ? 1 : 0);
                support("truthEquals", "(IIZ)I");
            } else if (node instanceof CaseNodes.CaseTruth choice) {
                caseOf(choice.matcher, choice.results.length, i -> cond(choice.results[i]), () -> cond(choice.otherwise));
            } else if (node instanceof PolicyNodes.IsPeriodEnd test) {
                value(test.instant);
                loadConstant(test.ends, PeriodEnds.class);
                loadConstant(test.kind, PeriodKind.class);
                support("isPeriodEnd", "(Ljava/lang/Object;L" + Type.getInternalName(PeriodEnds.class) + ";L"
                        + Type.getInternalName(PeriodKind.class) + ";)I");
            } else if (node instanceof PolicyNodes.IsPeriodEndCall test) {
                value(test.instant);
                value(test.window);
                value(test.calendar);
                loadConstant(test.policy, PolicyRuntime.class);
                support("isPeriodEndCall", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;L"
                        + Type.getInternalName(PolicyRuntime.class) + ";)I");
            } else if (node instanceof PolicyNodes.IsBusinessHours test) {
                value(test.instant);
                value(test.calendar);
                loadConstant(test.policy, PolicyRuntime.class);
                support("isBusinessHours", "(Ljava/lang/Object;Ljava/lang/Object;L"
                        + Type.getInternalName(PolicyRuntime.class) + ";)I");
            } else if (node instanceof Emitted emitted) {
                CallEmitter.emit(emitted.code(), this);
            } else {
                closure(node, Cond.class, "test", COND_DESC);
            }
        }

        private void emitValue(Val<?> node) {
            if (tooWide(node)) {
                closure(node, Val.class, "eval", VAL_DESC);
            } else if (node instanceof ValueNodes.Const<?> constant) {
                if (constant.value == null) {
                    mv.visitInsn(Opcodes.ACONST_NULL);
                } else if (constant.value instanceof String text) {
                    pushString(text);
                } else {
                    loadConstant(constant.value, Object.class);
                }
            } else if (node instanceof ValueNodes.Field<?> field) {
                readSlot(field.slot);
            } else if (node instanceof RecordChangeNodes.PriorValue<?> prior) {
                priorSlot(prior.slot);
                support("priorValue", "(L" + RECORD + ";L" + CONTEXT + ";I)Ljava/lang/Object;");
            } else if (node instanceof ValueNodes.If<?> branch) {
                Label otherwise = new Label();
                Label done = new Label();
                cond(branch.condition);
                pushInt(mv, Truth.TRUE);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, otherwise);
                value(branch.then);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(otherwise);
                value(branch.otherwise);
                mv.visitLabel(done);
            } else if (node instanceof ValueNodes.BlankValue<?> blank) {
                Label done = new Label();
                value(blank.value);
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(LogicalFunctions.class), "isBlank",
                        "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(Opcodes.IFEQ, done);
                mv.visitInsn(Opcodes.POP);
                value(blank.substitute);
                support("blankToNull", "(Ljava/lang/Object;)Ljava/lang/Object;");
                mv.visitLabel(done);
            } else if (node instanceof ValueNodes.NullValue<?> blank) {
                Label done = new Label();
                value(blank.value);
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNONNULL, done);
                mv.visitInsn(Opcodes.POP);
                value(blank.substitute);
                mv.visitLabel(done);
            } else if (node instanceof ValueNodes.Extreme extreme) {
                value(extreme.operands[0]);
                for (int i = 1; i < extreme.operands.length; i++) {
                    value(extreme.operands[i]);
                    pushInt(mv, extreme.sign);
                    support("extreme", "(Ljava/lang/Object;Ljava/lang/Object;I)Ljava/lang/Object;");
                }
            } else if (node instanceof ValueNodes.Daily<?> daily) {
                loadConstant(daily, ValueNodes.Daily.class);
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Type.getInternalName(ValueNodes.Daily.class), "value",
                        "(L" + CONTEXT + ";)Ljava/lang/Object;", false);
            } else if (node instanceof ValueNodes.Clock<?> clock) {
                loadConstant(clock.reading, Function.class);
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/function/Function", "apply",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", true);
            } else if (node instanceof ValueNodes.Call1<?, ?> call) {
                loadConstant(call.function, Function.class);
                value(call.a);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/function/Function", "apply",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", true);
            } else if (node instanceof ValueNodes.Call2<?, ?, ?> call) {
                loadConstant(call.function, BiFunction.class);
                value(call.a);
                value(call.b);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/function/BiFunction", "apply",
                        "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", true);
            } else if (node instanceof ValueNodes.Call3<?, ?, ?, ?> call) {
                loadConstant(call.function, Fn3.class);
                value(call.a);
                value(call.b);
                value(call.c);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, PACKAGE + "Fn3", "apply",
                        "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", true);
            } else if (node instanceof CaseNodes.CaseValue<?> choice) {
                caseOf(choice.matcher, choice.results.length, i -> value(choice.results[i]), () -> value(choice.otherwise));
            } else if (node instanceof CaseNodes.Choice<?> choice) {
                caseOf(choice.matcher, choice.results.length, i -> pushValue(choice.results[i]),
                        () -> pushValue(choice.otherwise));
            } else if (node instanceof LogicNodes.Boxed boxed) {
                cond(boxed.condition);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, PACKAGE + "Truth", "box", "(I)Ljava/lang/Boolean;", false);
            } else if (node instanceof Emitted emitted) {
                CallEmitter.emit(emitted.code(), this);
            } else {
                closure(node, Val.class, "eval", VAL_DESC);
            }
        }

        /** Leaves the index CASE takes (-1: the else result) on the stack. */
        private void match(CaseNodes.Matcher matcher) {
            if (tooWide(matcher)) {
                closure(matcher, CaseNodes.Matcher.class, "match", COND_DESC);
            } else if (matcher instanceof CaseNodes.TextConstants constants) {
                value(constants.subject);
                if (constants.index != null) {
                    loadConstant(constants.index, Map.class);
                    pushInt(mv, constants.blankIndex);
                    support("matchIndexed", "(Ljava/lang/Object;Ljava/util/Map;I)I");
                    return;
                }
                int subject = local();
                mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/String");
                mv.visitVarInsn(Opcodes.ASTORE, subject);
                Label blank = new Label();
                Label done = new Label();
                mv.visitVarInsn(Opcodes.ALOAD, subject);
                mv.visitJumpInsn(Opcodes.IFNULL, blank);
                mv.visitVarInsn(Opcodes.ALOAD, subject);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "isEmpty", "()Z", false);
                mv.visitJumpInsn(Opcodes.IFNE, blank);
                for (int i = 0; i < constants.values.length; i++) {
                    Label next = new Label();
                    mv.visitVarInsn(Opcodes.ALOAD, subject);
                    pushString(constants.values[i]);
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z",
                            false);
                    mv.visitJumpInsn(Opcodes.IFEQ, next);
                    pushInt(mv, i);
                    mv.visitJumpInsn(Opcodes.GOTO, done);
                    mv.visitLabel(next);
                }
                pushInt(mv, -1);
                mv.visitJumpInsn(Opcodes.GOTO, done);
                mv.visitLabel(blank);
                pushInt(mv, constants.blankIndex);
                mv.visitLabel(done);
            } else if (matcher instanceof CaseNodes.Lazy lazy) {
                value(lazy.subject);
                int subject = local();
                mv.visitVarInsn(Opcodes.ASTORE, subject);
                Label done = new Label();
                for (int i = 0; i < lazy.values.length; i++) {
                    Label next = new Label();
                    mv.visitVarInsn(Opcodes.ALOAD, subject);
                    value(lazy.values[i]);
                    support(lazy.text[i] ? "textEqual" : "caseMatches", "(Ljava/lang/Object;Ljava/lang/Object;)Z");
                    mv.visitJumpInsn(Opcodes.IFEQ, next);
                    pushInt(mv, i);
                    mv.visitJumpInsn(Opcodes.GOTO, done);
                    mv.visitLabel(next);
                }
                pushInt(mv, -1);
                mv.visitLabel(done);
            } else {
                closure(matcher, CaseNodes.Matcher.class, "match", COND_DESC);
            }
        }

        /** A CASE: the matcher's index picks a branch; every branch leaves one value of the same kind. */
        private void caseOf(CaseNodes.Matcher matcher, int pairs, java.util.function.IntConsumer branch,
                            Runnable otherwise) {
            match(matcher);
            Label done = new Label();
            Label other = new Label();
            if (pairs == 0) {
                mv.visitInsn(Opcodes.POP);
            } else {
                Label[] cases = new Label[pairs];
                for (int i = 0; i < pairs; i++) {
                    cases[i] = new Label();
                }
                mv.visitTableSwitchInsn(0, pairs - 1, other, cases);
                for (int i = 0; i < pairs; i++) {
                    mv.visitLabel(cases[i]);
                    branch.accept(i);
                    mv.visitJumpInsn(Opcodes.GOTO, done);
                }
            }
            mv.visitLabel(other);
            otherwise.run();
            mv.visitLabel(done);
        }

        /** {@code a && b && ...}: Kleene AND, stopping at the first FALSE; blank if any operand was blank. */
        private void and(Cond[] operands) {
            logic(operands, Truth.FALSE, Truth.TRUE);
        }

        private void or(Cond[] operands) {
            logic(operands, Truth.TRUE, Truth.FALSE);
        }

        /**
         * AND ({@code decisive} FALSE) and OR ({@code decisive} TRUE): evaluate left to right; the
         * first decisive operand is the result; otherwise blank if any operand was blank, else the
         * neutral value. This is what the binary nodes compute too.
         */
        private void logic(Cond[] operands, int decisive, int neutral) {
            int sawBlank = local();
            pushInt(mv, 0);
            mv.visitVarInsn(Opcodes.ISTORE, sawBlank);
            Label decided = new Label();
            Label done = new Label();
            for (Cond operand : operands) {
                Label notBlank = new Label();
                cond(operand);
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, decisive);
                mv.visitJumpInsn(Opcodes.IF_ICMPEQ, decided);
                pushInt(mv, Truth.BLANK);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, notBlank);
                pushInt(mv, 1);
                mv.visitVarInsn(Opcodes.ISTORE, sawBlank);
                mv.visitLabel(notBlank);
            }
            Label blank = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, sawBlank);
            mv.visitJumpInsn(Opcodes.IFNE, blank);
            pushInt(mv, neutral);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(blank);
            pushInt(mv, Truth.BLANK);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(decided);
            // the decisive operand's value is still on the stack: it is the result
            mv.visitLabel(done);
        }

        /** Comparison of two ordered values (compareTo at this call site), blank when either is blank. */
        private void ordered(CompareNodes.Ordered<?> ordered) {
            int left = local();
            int right = local();
            value(ordered.left);
            mv.visitVarInsn(Opcodes.ASTORE, left);
            value(ordered.right);
            mv.visitVarInsn(Opcodes.ASTORE, right);
            Label blank = new Label();
            Label no = new Label();
            Label done = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, left);
            mv.visitJumpInsn(Opcodes.IFNULL, blank);
            mv.visitVarInsn(Opcodes.ALOAD, right);
            mv.visitJumpInsn(Opcodes.IFNULL, blank);
            mv.visitVarInsn(Opcodes.ALOAD, left);
            mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Comparable");
            mv.visitVarInsn(Opcodes.ALOAD, right);
            mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/lang/Comparable", "compareTo", "(Ljava/lang/Object;)I",
                    true);
            mv.visitJumpInsn(failsWhen(ordered.op), no);
            pushInt(mv, Truth.TRUE);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(no);
            pushInt(mv, Truth.FALSE);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(blank);
            pushInt(mv, Truth.BLANK);
            mv.visitLabel(done);
        }

        /** Consumes an int on the stack and leaves TRUE if {@code jump} would jump, else FALSE. */
        private void truthOfJump(int jump) {
            Label yes = new Label();
            Label done = new Label();
            mv.visitJumpInsn(jump, yes);
            pushInt(mv, Truth.FALSE);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(yes);
            pushInt(mv, Truth.TRUE);
            mv.visitLabel(done);
        }

        private void readSlot(int slot) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            pushInt(mv, slot);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RECORD, "value", "(I)Ljava/lang/Object;", false);
        }

        /** The record, the context and a slot: the arguments of the record-change steps. */
        private void priorSlot(int slot) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            pushInt(mv, slot);
        }

        private void support(String name, String desc) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, name, desc, false);
        }

        /** A constant of a CASE's precomputed results: text inline, anything else from its field. */
        private void pushValue(Object value) {
            if (value == null) {
                mv.visitInsn(Opcodes.ACONST_NULL);
            } else if (value instanceof String text) {
                pushString(text);
            } else {
                loadConstant(value, Object.class);
            }
        }

        /**
         * A text constant: inline ({@code ldc}) when the class file can hold it, else from a
         * field (a constant-pool string is limited to 65,535 bytes of modified UTF-8).
         */
        private void pushString(String text) {
            if (text.length() <= MAX_LDC_CHARS) {
                mv.visitLdcInsn(text);
            } else {
                loadConstant(text, String.class);
            }
        }

        @Override
        public void loadConstant(Object value, Class<?> type) {
            if (value == null) {
                mv.visitInsn(Opcodes.ACONST_NULL);
                return;
            }
            int index = constant(value, type);
            mv.visitFieldInsn(Opcodes.GETSTATIC, className, "k" + index, Type.getDescriptor(type));
        }

        /** Calls a node the writer does not spell out, through its interface, with this method's record and clock. */
        private void closure(Object node, Class<?> type, String method, String desc) {
            loadConstant(node, type);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, Type.getInternalName(type), method, desc, true);
        }
    }

    /** The jump that skips to "does not hold" after {@code compareTo}. */
    private static int failsWhen(io.stage7.ast.Expr.BinaryOp op) {
        switch (op) {
            case EQ:
                return Opcodes.IFNE;
            case NE:
                return Opcodes.IFEQ;
            case LT:
                return Opcodes.IFGE;
            case LE:
                return Opcodes.IFGT;
            case GT:
                return Opcodes.IFLE;
            case GE:
                return Opcodes.IFLT;
            default:
                throw new IllegalArgumentException("not a comparison: " + op);
        }
    }
}
