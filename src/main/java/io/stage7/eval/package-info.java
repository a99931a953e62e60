/**
 * Evaluation: records laid out in slots ({@link io.stage7.eval.RecordType}), the
 * {@link io.stage7.eval.Evaluator} contract with its {@link io.stage7.eval.Decision}, the
 * {@link io.stage7.eval.EvalContext} an evaluation sees (the clock, and the record's prior version
 * when it is an update), {@link io.stage7.eval.RecordBinding} (an application's Java class read
 * into records by a generated accessor), and the policy functions' runtime. The compiled evaluator and the reference interpreter implement the
 * contract and must agree. Depends on {@code check} (the typed rules), {@code functions} (the
 * formula library), {@code calendar} and {@code ast}; it installs its record constructor in
 * {@code eval.trusted}, for the data file readers' checked values.
 * <p>May import: {@code ast}, {@code calendar}, {@code check}, {@code eval.trusted}, {@code functions}. (Read by the architecture test.)
 */
package io.stage7.eval;
