package io.stage7.eval;

import io.stage7.eval.BindingPlanner.Bound;
import io.stage7.eval.BindingPlanner.Plan;
import io.stage7.eval.JavaProperties.Property;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes a {@link Plan} as a hidden class implementing {@code BiFunction<Object, Object[], Object>}:
 * {@code apply(source, values)} reads each bound property of {@code source} with a direct call
 * (or field read), converts it inline (or through the plan's check, a constant of the class) and
 * stores it at its slot of {@code values}, then returns the id as a String. The class names only
 * the bound Java class and {@code java.base} types, so it can live beside the bound class.
 */
final class AccessorWriter {
    private static final String OBJECT = "java/lang/Object";
    private static final String FUNCTION = "java/util/function/Function";
    private static final int SOURCE = 3;
    private static final int VALUES = 4;

    private final Plan plan;
    private final String className;
    private final String owner;
    private final ClassWriter writer;
    private final List<Object> checks = new ArrayList<>();

    private AccessorWriter(Plan plan, String className) {
        this.plan = plan;
        this.className = className;
        this.owner = Type.getInternalName(plan.javaType());
        this.writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // Values merge only where they are stored into Object[]: Object is always sound, and
                // ASM must not load the bound class through its own class loader.
                return OBJECT;
            }
        };
    }

    /**
     * Defines the accessor: a nestmate of the bound class when {@code host} is a full-privilege
     * lookup on it, else (host is Stage7's own lookup) a hidden class of this package.
     */
    @SuppressWarnings("unchecked")
    static BiFunction<Object, Object[], Object> define(Plan plan, MethodHandles.Lookup host) {
        boolean beside = host.lookupClass() == plan.javaType();
        String name = beside ? Type.getInternalName(plan.javaType()) + "$Stage7Binding"
                : "io/stage7/eval/Binding$" + plan.javaType().getSimpleName();
        AccessorWriter writer = new AccessorWriter(plan, name);
        byte[] bytes = writer.generate();
        try {
            MethodHandles.Lookup lookup = beside
                    ? host.defineHiddenClassWithClassData(bytes, writer.checks.toArray(), true,
                            MethodHandles.Lookup.ClassOption.NESTMATE)
                    : host.defineHiddenClassWithClassData(bytes, writer.checks.toArray(), true);
            return (BiFunction<Object, Object[], Object>) lookup
                    .findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("cannot load the accessor of " + plan.javaType().getName(), failure);
        }
    }

    byte[] generate() {
        writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, className, null, OBJECT,
                new String[] {"java/util/function/BiFunction"});
        MethodVisitor init = writer.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        writeApply();
        writeChecks();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private void writeApply() {
        MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC, "apply",
                "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, owner);
        mv.visitVarInsn(Opcodes.ASTORE, SOURCE);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
        mv.visitVarInsn(Opcodes.ASTORE, VALUES);
        for (Bound bound : plan.bound()) {
            mv.visitVarInsn(Opcodes.ALOAD, VALUES);
            mv.visitLdcInsn(bound.slot());
            if (bound.check().isPresent()) {
                checks.add(bound.check().get());
                mv.visitFieldInsn(Opcodes.GETSTATIC, className, "k" + (checks.size() - 1), "L" + FUNCTION + ";");
                read(mv, bound.property());
                box(mv, bound.property().javaType());
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, FUNCTION, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;", true);
            } else {
                read(mv, bound.property());
                convert(mv, bound);
            }
            mv.visitInsn(Opcodes.AASTORE);
        }
        for (int slot : plan.uncheckedBoxes()) {
            mv.visitVarInsn(Opcodes.ALOAD, VALUES);
            mv.visitLdcInsn(slot);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
            mv.visitInsn(Opcodes.AASTORE);
        }
        read(mv, plan.id());
        Class<?> idType = plan.id().javaType();
        if (idType == int.class) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(I)Ljava/lang/String;", false);
        } else if (idType == long.class) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(J)Ljava/lang/String;", false);
        } else if (idType != String.class) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "toString",
                    "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;", false);
        }
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Pushes the property's value: a direct call of its method, or a read of its field. */
    private void read(MethodVisitor mv, Property property) {
        mv.visitVarInsn(Opcodes.ALOAD, SOURCE);
        Member member = property.member();
        boolean isPrivate = Modifier.isPrivate(member.getModifiers());
        Class<?> declaring = member.getDeclaringClass();
        String memberOwner = isPrivate ? Type.getInternalName(declaring) : owner;
        if (member instanceof Method method) {
            boolean onInterface = (isPrivate ? declaring : plan.javaType()).isInterface();
            mv.visitMethodInsn(onInterface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, memberOwner,
                    method.getName(), Type.getMethodDescriptor(method), onInterface);
        } else {
            Field field = (Field) member;
            mv.visitFieldInsn(Opcodes.GETFIELD, memberOwner, field.getName(), Type.getDescriptor(field.getType()));
        }
    }

    /** Converts the value on the stack inline (see {@link BoundValues.Conversion}). */
    private static void convert(MethodVisitor mv, Bound bound) {
        Class<?> javaType = bound.property().javaType();
        Label done = new Label();
        switch (bound.conversion()) {
            case AS_IS -> { }
            case TEXT -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNULL, done);
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "isEmpty", "()Z", false);
                mv.visitJumpInsn(Opcodes.IFEQ, done);
                mv.visitInsn(Opcodes.POP);
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
            case BOOLEAN -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf",
                    "(Z)Ljava/lang/Boolean;", false);
            case CHECKBOX -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNONNULL, done);
                mv.visitInsn(Opcodes.POP);
                mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
            }
            case LONG -> {
                if (javaType != long.class) {
                    mv.visitInsn(Opcodes.I2L);
                }
                valueOf(mv);
            }
            case BOXED_LONG -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNULL, done);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Number", "longValue", "()J", false);
                valueOf(mv);
            }
            case ENUM_NAME -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNULL, done);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Enum", "name", "()Ljava/lang/String;", false);
            }
            case TO_INSTANT -> {
                mv.visitInsn(Opcodes.DUP);
                mv.visitJumpInsn(Opcodes.IFNULL, done);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Type.getInternalName(javaType), "toInstant",
                        "()Ljava/time/Instant;", false);
            }
            case CHECKED -> throw new IllegalStateException("a checked conversion runs through its function");
        }
        mv.visitLabel(done);
    }

    private static void valueOf(MethodVisitor mv) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/math/BigDecimal", "valueOf", "(J)Ljava/math/BigDecimal;", false);
    }

    /** Boxes a primitive on the stack, for a check that takes an Object. */
    private static void box(MethodVisitor mv, Class<?> type) {
        if (type == double.class) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        } else if (type == float.class) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false);
        }
    }

    /** Static final fields holding the checks, set in {@code <clinit>} from the class data. */
    private void writeChecks() {
        for (int i = 0; i < checks.size(); i++) {
            writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_PRIVATE, "k" + i, "L" + FUNCTION + ";",
                    null, null).visitEnd();
        }
        MethodVisitor mv = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        if (!checks.isEmpty()) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            mv.visitLdcInsn("_");
            mv.visitLdcInsn(Type.getType(Object[].class));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            mv.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            for (int i = 0; i < checks.size(); i++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitLdcInsn(i);
                mv.visitInsn(Opcodes.AALOAD);
                mv.visitTypeInsn(Opcodes.CHECKCAST, FUNCTION);
                mv.visitFieldInsn(Opcodes.PUTSTATIC, className, "k" + i, "L" + FUNCTION + ";");
            }
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
