/**
 * The compiled evaluator: {@link io.stage7.eval.compiled.RuleSet} plans checked rules into trees
 * of small immutable nodes (in the manner of CEL's planner), specialized by static type, with
 * constants folded and picklist routing indexed. It must agree with the reference interpreter
 * on every record. Depends on {@code eval} (the contracts), {@code check} (the typed rules),
 * {@code functions} (the formula library), {@code calendar} and {@code ast}.
 * <p>May import: {@code ast}, {@code calendar}, {@code check}, {@code eval}, {@code functions}. (Read by the architecture test.)
 */
package io.stage7.eval.compiled;
