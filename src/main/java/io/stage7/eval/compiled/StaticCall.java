package io.stage7.eval.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A call of a static method of this package, as generated code makes it: its arguments, in the
 * order they are evaluated, are value nodes (passed as {@code Object}), conditions (an
 * {@code int} truth), nested calls (their return type), constants of primitive type
 * ({@code Long} for {@code long}, {@code Integer} for {@code int}) and {@link Constant}s (an object
 * loaded from the generated class's constants). The method's descriptor follows from them.
 */
record StaticCall(Class<?> owner, String name, Class<?> returns, List<Object> args) {

    StaticCall {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returns, "returns");
        args = List.copyOf(args);
    }

    static StaticCall of(Class<?> owner, String name, Class<?> returns, Object... args) {
        return new StaticCall(owner, name, returns, List.of(args));
    }

    /** An object constant passed as {@code type}. */
    record Constant(Object value, Class<?> type) {
    }

    /** The parameter type an argument is passed as. */
    static Class<?> parameterType(Object arg) {
        if (arg instanceof Val<?>) {
            return Object.class;
        } else if (arg instanceof Cond) {
            return int.class;
        } else if (arg instanceof StaticCall call) {
            return call.returns;
        } else if (arg instanceof Long) {
            return long.class;
        } else if (arg instanceof Integer) {
            return int.class;
        } else if (arg instanceof Constant constant) {
            return constant.type;
        }
        throw new IllegalArgumentException("not an argument of a static call: " + arg);
    }

    /** The JVM descriptor of the method called. */
    String descriptor() {
        StringBuilder out = new StringBuilder("(");
        for (Object arg : args) {
            out.append(org.objectweb.asm.Type.getDescriptor(parameterType(arg)));
        }
        return out.append(')').append(org.objectweb.asm.Type.getDescriptor(returns)).toString();
    }

    /** The nodes among the arguments, nested calls' included, in evaluation order. */
    List<Object> operands() {
        List<Object> out = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Val<?> || arg instanceof Cond) {
                out.add(arg);
            } else if (arg instanceof StaticCall call) {
                out.addAll(call.operands());
            }
        }
        return out;
    }
}
