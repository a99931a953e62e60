/**
 * The reference interpreter: a plain walk over the checked AST that defines what every formula,
 * requirement and routing set means. It is the executable specification the compiled evaluator
 * is tested against, so it favours clarity over speed. It also powers {@code stage7 explain}:
 * {@link io.stage7.eval.interp.Interpreter#explain} evaluates a record the same way and records
 * the value of every sub-expression in an {@link io.stage7.eval.interp.Explanation}.
 *
 * <p>Dispatch is by the static types the checker computed ({@code CheckedRules.typeOf}), never
 * by the Java class of a runtime value, so a blank ({@code null}) is handled the same way
 * whatever produced it. All runtime semantics of functions come from {@code io.stage7.functions}
 * and {@link io.stage7.eval.PolicyRuntime}; this package only decides which one to call, in what
 * order, and which arguments to evaluate at all (IF, CASE, AND, OR, BLANKVALUE and NULLVALUE are
 * lazy).
 *
 * <p>Depends on {@code eval} (the contracts), {@code check}, {@code functions} and {@code ast}.
 * <p>May import: {@code ast}, {@code check}, {@code eval}, {@code functions}. (Read by the architecture test.)
 */
package io.stage7.eval.interp;
