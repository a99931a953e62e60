/**
 * The statistics that make simulation results trustworthy: queueing-theory formulas to validate
 * against ({@link io.stage7.sim.stats.MMcQueue}, {@link io.stage7.sim.stats.LittlesLaw}),
 * Student-t confidence intervals over replications ({@link io.stage7.sim.stats.StudentT},
 * {@link io.stage7.sim.stats.Summary}), and the accumulators a model fills while it runs
 * ({@link io.stage7.sim.stats.RunningStatistics},
 * {@link io.stage7.sim.stats.TimeWeightedAverage}, and
 * {@link io.stage7.sim.stats.PercentileHistogram}, whose percentiles in bounded memory are within
 * 0.1% of the exact ones of {@link io.stage7.sim.stats.Percentiles}), and percentiles of times
 * some of which are still running, right-censored ({@link io.stage7.sim.stats.KaplanMeier}).
 *
 * <p>Pure numerical code on doubles, with no clock and no randomness. Formulas and accumulators
 * throw {@link IllegalArgumentException} for arguments outside their domain (a programming
 * error; user input is checked before it gets here). Accumulators are mutable and not
 * thread-safe; everything else is immutable. Depends on nothing else in Stage7.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.sim.stats;
