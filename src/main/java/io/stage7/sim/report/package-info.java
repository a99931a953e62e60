/**
 * What a run of the approval-desk model reports: metrics per region and overall (and the same
 * inside period-end windows), the conservation of work, and the output files of
 * {@code stage7 simulate} ({@code summary.json}, {@code timeseries.csv}, {@code submissions.csv})
 * with the summary table printed on the terminal. Every file is byte-identical for the same
 * scenario and seed: fixed number formats, UTC times, no map iteration order, no clock of the run.
 * Depends on {@code sim.model}, {@code sim.stats} and Jackson (JSON).
 */
package io.stage7.sim.report;
