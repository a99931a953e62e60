/**
 * {@code report.html}: one self-contained page (inline CSS and JavaScript, the data embedded as
 * JSON, nothing fetched from the network) that shows a planner what a run or a staffing search
 * found: backlog over time with the period-end windows shaded, SLA attainment by week and region
 * against the target, the distribution of time to decision, utilization; for {@code stage7 staff}
 * the recommended plan with its verdict and verification, the marginal SLA-versus-headcount curves
 * and arrivals against capacity ({@link io.stage7.sim.report.html.CapacityCollector}); for
 * {@code stage7 compare} the paired differences ({@link io.stage7.sim.report.html.ComparisonReport}).
 * {@link io.stage7.sim.report.html.ReportCollector} gathers the series a run's summary does not keep, in memory that does not grow with the horizon (at most
 * 4,096 backlog points and 265 points of attainment per region; see
 * {@link io.stage7.sim.report.html.PeakSeries}); {@link io.stage7.sim.report.html.HtmlReport}
 * writes the page, byte-identical for the same inputs (no clock, fixed number formats, fixed key
 * order). Depends on {@code sim.model}, {@code sim.report}, {@code sim.stats} (a comparison's
 * intervals), {@code calendar} and Jackson.
 * <p>May import: {@code calendar}, {@code scenario}, {@code sim.model}, {@code sim.report}, {@code sim.stats}. (Read by the architecture test.)
 */
package io.stage7.sim.report.html;
