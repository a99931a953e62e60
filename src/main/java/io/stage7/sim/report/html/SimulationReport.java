package io.stage7.sim.report.html;

import io.stage7.calendar.PeriodWindow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.SlaTarget;
import io.stage7.sim.report.Metrics;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.TimeToDecision;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The report of {@code stage7 simulate}: observe each replication with {@link #observe}, then
 * {@link #write} the page with the replications' summaries. With several replications the charts
 * pool them (mean backlog, attainment and histogram over every replication's work) and the
 * headline numbers are means over the replications.
 *
 * <pre>{@code
 * SimulationReport report = SimulationReport.of(model);
 * RunSummary summary = SimulationOutputs.write(model, 0, folder, report.observe(0));
 * report.write(folder, List.of(summary));
 * }</pre>
 */
public final class SimulationReport {

    /** The handbook's approval-accuracy KPI: at most 5% of approvals come back from Billing. */
    static final double APPROVAL_ACCURACY_TARGET = 0.95;

    private final DeskModel model;
    private final Optional<ReportPage.SlaLine> sla;
    private final Map<Integer, ReportCollector> collectors = new TreeMap<>();

    private SimulationReport(DeskModel model, Optional<ReportPage.SlaLine> sla) {
        this.model = model;
        this.sla = sla;
    }

    /** The report of runs of {@code model}, measured against its decided-SLA and the target the rules declare for it. */
    public static SimulationReport of(DeskModel model) {
        return new SimulationReport(model, slaLine(model.decidedSla()));
    }

    /** The line of the model's decided-SLA, with its attainment target. */
    static Optional<ReportPage.SlaLine> slaLine(Optional<SlaTarget> decided) {
        return decided.map(sla -> new ReportPage.SlaLine(sla.name(), sla.hours(), sla.businessHours(), sla.targetPercent()));
    }

    /** A new observer for replication {@code replication}; safe to call from the threads running replications. */
    public synchronized DeskObserver observe(int replication) {
        ReportCollector collector = new ReportCollector(model);
        if (collectors.putIfAbsent(replication, collector) != null) {
            throw new IllegalArgumentException("replication " + replication + " is already observed");
        }
        return collector;
    }

    /**
     * Writes {@code report.html} into {@code folder} once every observed replication has finished.
     *
     * @param summaries the summaries of the observed replications
     * @return the file written
     */
    public Path write(Path folder, List<RunSummary> summaries) throws IOException {
        return HtmlReport.write(folder, page(summaries));
    }

    /** The page, once every observed replication has finished. */
    public synchronized ReportPage page(List<RunSummary> summaries) {
        if (summaries.isEmpty() || summaries.size() != collectors.size()) {
            throw new IllegalStateException(collectors.size() + " replications observed, " + summaries.size() + " summaries");
        }
        List<RunCharts> runs = new ArrayList<>();
        collectors.values().forEach(collector -> runs.add(collector.charts()));
        RunSummary first = summaries.get(0);
        return new ReportPage("Simulation report", first.scenario(), first.seed(), first.start(), first.end(),
                first.warmupEnd(), summaries.size(), sla, keyNumbers(summaries, sla), Optional.of(RunCharts.pool(runs)),
                periodEnds(model), utilization(summaries), Optional.empty());
    }

    /** Each region's period-end windows that overlap the model's horizon. */
    static Map<String, List<PeriodWindow>> periodEnds(DeskModel model) {
        Map<String, List<PeriodWindow>> windows = new LinkedHashMap<>();
        List<String> regions = model.regionNames();
        for (int i = 0; i < regions.size(); i++) {
            windows.put(regions.get(i), model.periodEnds(i).windows(model.scenario().start(), model.scenario().end()));
        }
        return windows;
    }

    private static List<ReportPage.RegionUtilization> utilization(List<RunSummary> summaries) {
        List<ReportPage.RegionUtilization> rows = new ArrayList<>();
        for (String region : summaries.get(0).regions().keySet()) {
            rows.add(new ReportPage.RegionUtilization(region,
                    mean(summaries, s -> s.regions().get(region).utilization()),
                    mean(summaries, s -> s.periodEndRegions().get(region).utilization())));
        }
        return rows;
    }

    static List<ReportPage.KeyNumber> keyNumbers(List<RunSummary> summaries, Optional<ReportPage.SlaLine> sla) {
        List<ReportPage.KeyNumber> numbers = new ArrayList<>();
        String of = summaries.size() == 1 ? "" : ", mean of " + summaries.size() + " replications";
        String slaNote = sla.map(line -> line.targetPercent().isPresent()
                ? "target " + plain(line.targetPercent().getAsDouble()) + "%" : "no target declared").orElse("no SLA declared");
        String within = sla.map(line -> line.name() + ": within " + plain(line.hours())
                + (line.businessHours() ? " business" : "") + " hours").orElse("");
        OptionalDouble target = sla.map(line -> line.targetPercent().isPresent()
                ? OptionalDouble.of(line.targetPercent().getAsDouble() / 100) : OptionalDouble.empty()).orElse(OptionalDouble.empty());
        OptionalDouble attainment = mean(summaries, s -> s.overall().slaAttainment());
        OptionalDouble periodEnd = mean(summaries, s -> s.periodEnd().slaAttainment());
        numbers.add(new ReportPage.KeyNumber("SLA attainment", percent(attainment),
                slaNote + (within.isEmpty() ? "" : " · " + within) + of, ReportPage.Verdict.of(attainment, target)));
        numbers.add(new ReportPage.KeyNumber("SLA attainment at period ends", percent(periodEnd),
                "work submitted inside EoM/EoQ/EoY windows" + of, ReportPage.Verdict.of(periodEnd, target)));
        double decided = meanOf(summaries, s -> s.overall().decided());
        double submitted = meanOf(summaries, s -> s.overall().submitted());
        numbers.add(new ReportPage.KeyNumber("Decided", count(decided), "of " + count(submitted) + " attempts submitted" + of));
        String unit = sla.map(line -> line.businessHours()).orElse(true) ? "business hours" : "hours";
        Function<Metrics, TimeToDecision> times = m -> sla.map(line -> line.businessHours()).orElse(true)
                ? m.businessHours() : m.wallHours();
        String p50 = percentile(summaries, s -> times.apply(s.overall()), TimeToDecision::p50);
        String p90 = percentile(summaries, s -> times.apply(s.overall()), TimeToDecision::p90);
        numbers.add(new ReportPage.KeyNumber("Time to decision", p50 + " / " + p90 + " h",
                "median / 90th percentile, " + unit + of
                        + (p50.startsWith(CENSORED) || p90.startsWith(CENSORED) ? CENSORED_NOTE : "")));
        numbers.add(new ReportPage.KeyNumber("Utilization", percent(mean(summaries, s -> s.overall().utilization())),
                "share of specialist hours on shift spent reviewing" + of));
        OptionalDouble accuracy = mean(summaries, s -> s.overall().approvalAccuracy());
        numbers.add(new ReportPage.KeyNumber("Approval accuracy", percent(accuracy),
                "approvals Billing did not send back (handbook target 95%)" + of,
                ReportPage.Verdict.of(accuracy, OptionalDouble.of(APPROVAL_ACCURACY_TARGET))));
        return numbers;
    }

    /** How a percentile some replication could not estimate is shown: {@code censored 3/10}. */
    static final String CENSORED = "censored ";
    static final String CENSORED_NOTE = "; censored k/N: in k of N replications too much work was still open at the"
            + " end to estimate the percentile (it is longer than every decision), so it is not averaged over the others";

    /**
     * A percentile's mean over the replications, or {@code censored k/N} when k of them had work
     * but could not estimate it (too much still open at the end): averaging only the others would
     * make a backlog look fast.
     */
    static String percentile(List<RunSummary> summaries, Function<RunSummary, TimeToDecision> times,
                             Function<TimeToDecision, OptionalDouble> percentile) {
        int censored = 0;
        for (RunSummary summary : summaries) {
            TimeToDecision t = times.apply(summary);
            if (percentile.apply(t).isEmpty() && t.count() + t.open() > 0) {
                censored++;
            }
        }
        if (censored > 0) {
            return CENSORED + censored + "/" + summaries.size();
        }
        return number(mean(summaries, s -> percentile.apply(times.apply(s))));
    }

    /** The mean of a metric over the replications that define it; empty if none does. */
    private static OptionalDouble mean(List<RunSummary> summaries, Function<RunSummary, OptionalDouble> metric) {
        double sum = 0;
        int n = 0;
        for (RunSummary summary : summaries) {
            OptionalDouble value = metric.apply(summary);
            if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
                sum += value.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    private static double meanOf(List<RunSummary> summaries, ToDoubleFunction<RunSummary> metric) {
        return summaries.stream().mapToDouble(metric).sum() / summaries.size();
    }

    static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? round(100 * fraction.getAsDouble(), 1) + "%" : "–";
    }

    private static String number(OptionalDouble hours) {
        return hours.isPresent() ? round(hours.getAsDouble(), 1) : "–";
    }

    private static String count(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : round(value, 1);
    }

    /** A number without trailing zeros: 95, 12.5. */
    static String plain(double value) {
        return plain(BigDecimal.valueOf(value).toPlainString());
    }

    static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    static String round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
