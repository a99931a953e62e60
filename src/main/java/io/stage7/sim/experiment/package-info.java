/**
 * Experiments over the desk model: replications in parallel, summaries with confidence
 * intervals, what-if comparisons with common random numbers, and the staffing search. Depends on
 * {@code sim.model}, {@code sim.report}, {@code sim.stats}, {@code scenario} and {@code calendar}
 * (the kinds of period-end window a plan staffs).
 * <p>May import: {@code calendar}, {@code scenario}, {@code sim.model}, {@code sim.report}, {@code sim.stats}. (Read by the architecture test.)
 */
package io.stage7.sim.experiment;
