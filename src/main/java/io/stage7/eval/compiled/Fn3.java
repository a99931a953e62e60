package io.stage7.eval.compiled;

/** A library function of three arguments, for {@link ValueNodes.Call3}. */
@FunctionalInterface
interface Fn3<A, B, C, R> {
    R apply(A a, B b, C c);
}
