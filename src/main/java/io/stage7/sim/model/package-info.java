/**
 * The order-management model: what one submission lives through on the approval desk, on top of
 * the simulation kernel. Submissions arrive (synthetic load or a replayed trace), are evaluated by
 * the rules at their submission instant (violations, route, escalation), wait for their region's
 * support hours and the complex-deal cutoff, are picked by priority then age by specialists who
 * work their region's calendar (with absence, period-end headcount and cross-region coverage),
 * and are approved or rejected; rejections and Billing's returns go through rework and come
 * back as new attempts. Sales-Support Chatter cases are a second kind of work in the same queues.
 *
 * <p>{@link io.stage7.sim.model.DeskModel} is the entry point: an immutable model of one scenario
 * against one set of rules, run once per replication. Everything the model observes goes to a
 * {@link io.stage7.sim.model.DeskObserver} as it happens (one row per attempt and per case, staffing
 * changes, periodic snapshots), so the model keeps only the work in flight. A replayed trace is a
 * {@link io.stage7.sim.model.TraceSource} that each replication reads one record at a time (a
 * trace file: {@code io.stage7.sim.trace.TraceFile}), so it is not held either.
 *
 * <p>Depends on {@code sim.kernel}, {@code sim.random}, {@code calendar}, {@code check} (the typed
 * rules and their policy declarations), {@code eval} (records and the {@code Evaluator} contract;
 * the reference interpreter only for the escalation formula) and {@code scenario}. Knows nothing
 * of files or formats: that is {@code sim.report}.
 * <p>May import: {@code ast}, {@code calendar}, {@code check}, {@code diag}, {@code eval}, {@code eval.interp}, {@code functions}, {@code scenario}, {@code sim.kernel}, {@code sim.random}, {@code sim.trace}. (Read by the architecture test.)
 */
package io.stage7.sim.model;
