package io.stage7.sim.report.html;

import io.stage7.calendar.PeriodWindow;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one {@code report.html} shows. A {@code simulate} page has the run's charts and
 * utilization; a {@code staff} page has staffing curves; a page may have both.
 *
 * @param title        the page's heading, e.g. "Simulation report"
 * @param scenario     the scenario's name
 * @param replications how many replications the numbers and charts pool
 * @param sla          the decided-SLA the charts measure against, if the rules declare one
 * @param keyNumbers   the headline numbers, in order
 * @param charts       the run's series, if the page reports a run
 * @param periodEnds   per region (scenario order), the period-end windows inside the horizon
 * @param utilization  per region, in scenario order
 * @param staffing     the SLA-versus-headcount curves of a staffing search, if any
 * @param plan         the plan a staffing search recommends, its verification and arrivals against capacity, if any
 * @param comparison   a what-if comparison, if the page reports one
 */
public record ReportPage(String title, String scenario, long seed, Instant start, Instant end, Instant warmupEnd,
                         int replications, Optional<SlaLine> sla, List<KeyNumber> keyNumbers, Optional<RunCharts> charts,
                         Map<String, List<PeriodWindow>> periodEnds, List<RegionUtilization> utilization,
                         Optional<StaffingChart> staffing, Optional<PlanView> plan, Optional<ComparisonView> comparison) {

    /** A page without a staffing plan or a comparison. */
    public ReportPage(String title, String scenario, long seed, Instant start, Instant end, Instant warmupEnd,
                      int replications, Optional<SlaLine> sla, List<KeyNumber> keyNumbers, Optional<RunCharts> charts,
                      Map<String, List<PeriodWindow>> periodEnds, List<RegionUtilization> utilization,
                      Optional<StaffingChart> staffing) {
        this(title, scenario, seed, start, end, warmupEnd, replications, sla, keyNumbers, charts, periodEnds,
                utilization, staffing, Optional.empty(), Optional.empty());
    }

    public ReportPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(warmupEnd, "warmupEnd");
        Objects.requireNonNull(sla, "sla");
        keyNumbers = List.copyOf(keyNumbers);
        Objects.requireNonNull(charts, "charts");
        Map<String, List<PeriodWindow>> windows = new LinkedHashMap<>();
        periodEnds.forEach((region, list) -> windows.put(region, List.copyOf(list)));
        periodEnds = Collections.unmodifiableMap(windows);
        utilization = List.copyOf(utilization);
        Objects.requireNonNull(staffing, "staffing");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(comparison, "comparison");
    }

    /**
     * The SLA the charts are drawn against.
     *
     * @param targetPercent the share of work that must meet it (the rules' {@code target N%}), if declared
     */
    public record SlaLine(String name, double hours, boolean businessHours, OptionalDouble targetPercent) {
        public SlaLine {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(targetPercent, "targetPercent");
        }
    }

    /** A headline number: "SLA attainment" "96.2%" "target 95%", and whether it meets its target. */
    public record KeyNumber(String label, String value, String note, Verdict verdict) {
        public KeyNumber {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(verdict, "verdict");
        }

        /** A number with no target to meet. */
        public KeyNumber(String label, String value, String note) {
            this(label, value, note, Verdict.NONE);
        }
    }

    /** How a headline number stands against its target. */
    public enum Verdict {
        NONE, MET, MISSED;

        /** MET if {@code value} reaches {@code target}, MISSED if not, NONE if either is undefined. */
        public static Verdict of(OptionalDouble value, OptionalDouble target) {
            if (value.isEmpty() || target.isEmpty()) {
                return NONE;
            }
            return value.getAsDouble() >= target.getAsDouble() ? MET : MISSED;
        }
    }

    /** The share of specialist time on shift spent reviewing, overall and inside the region's period-end windows. */
    public record RegionUtilization(String region, OptionalDouble overall, OptionalDouble periodEnd) {
        public RegionUtilization {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(overall, "overall");
            Objects.requireNonNull(periodEnd, "periodEnd");
        }
    }

    /**
     * The curves of a staffing search, drawn against one target.
     *
     * @param metric     what the curves measure, e.g. "approval SLA attainment" or "p90 business hours to decision"
     * @param share      true for a share (points and target are fractions in [0, 1], higher is better), false
     *                   for a time (points and target in hours, lower is better)
     * @param target     the value the search aims for, in the points' unit
     * @param confidence the confidence level of the intervals, e.g. 0.9
     */
    public record StaffingChart(String metric, boolean share, double target, double confidence, List<StaffingCurve> curves) {
        public StaffingChart {
            Objects.requireNonNull(metric, "metric");
            curves = List.copyOf(curves);
        }

        /** The target as people read it: "95%" or "8 h". */
        public String targetText() {
            return share ? SimulationReport.plain(SimulationReport.round(100 * target, 2)) + "%"
                    : SimulationReport.plain(target) + " h";
        }
    }
}
