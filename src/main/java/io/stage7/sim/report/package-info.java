/**
 * What a run of the approval-desk model reports: metrics per region and overall (and the same
 * inside period-end windows), the conservation of work, and the output files of
 * {@code stage7 simulate} ({@code summary.json}, {@code timeseries.csv}, {@code submissions.csv})
 * with the summary table printed on the terminal; the replicated summary (every metric's mean and
 * 95% interval over replications, {@code replications.csv}) and the what-if comparison
 * ({@code compare.json}), both built by walking {@link io.stage7.sim.report.SummaryJson#tree} so
 * that every metric of one run is estimated and compared. Every file is byte-identical for the
 * same scenario and seed: fixed number formats, UTC times, no map iteration order, no clock of the run.
 * Depends on {@code sim.model}, {@code sim.stats} and Jackson (JSON).
 * <p>May import: {@code scenario}, {@code sim.kernel}, {@code sim.model}, {@code sim.stats}. (Read by the architecture test.)
 */
package io.stage7.sim.report;
