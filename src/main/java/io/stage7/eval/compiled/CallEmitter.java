package io.stage7.eval.compiled;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Spells out a {@link StaticCall} in bytecode: each argument in order (nodes through the method
 * being written, constants pushed), then the call.
 */
final class CallEmitter {
    /** What the method being written offers: its visitor and the emission of nodes and constants. */
    interface Target {
        MethodVisitor visitor();

        /** Emits a value node, leaving an Object. */
        void value(Val<?> node);

        /** Emits a condition, leaving an int truth. */
        void cond(Cond node);

        /** Loads an object constant as {@code type}. */
        void loadConstant(Object value, Class<?> type);
    }

    private CallEmitter() {
    }

    static void emit(StaticCall call, Target target) {
        MethodVisitor mv = target.visitor();
        for (Object arg : call.args()) {
            if (arg instanceof Val<?> value) {
                target.value(value);
            } else if (arg instanceof Cond cond) {
                target.cond(cond);
            } else if (arg instanceof StaticCall nested) {
                emit(nested, target);
            } else if (arg instanceof Long number) {
                mv.visitLdcInsn(number);
            } else if (arg instanceof Integer number) {
                mv.visitLdcInsn(number);
            } else if (arg instanceof StaticCall.Constant constant) {
                target.loadConstant(constant.value(), constant.type());
            } else {
                throw new IllegalArgumentException("not an argument of a static call: " + arg);
            }
        }
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(call.owner()), call.name(), call.descriptor(),
                false);
    }
}
