/**
 * Runs the {@code test} blocks of checked rules against an {@link io.stage7.eval.Evaluator}:
 * each test's given values become a record, evaluated at the test's {@code at} instant, and the
 * decision is compared with the expectations. Results are values, rendered for people by
 * {@link io.stage7.ruletest.TestReport#render()}. Depends on {@code eval}, {@code check},
 * {@code ast} and {@code diag}.
 * <p>May import: {@code ast}, {@code check}, {@code diag}, {@code eval}. (Read by the architecture test.)
 */
package io.stage7.ruletest;
