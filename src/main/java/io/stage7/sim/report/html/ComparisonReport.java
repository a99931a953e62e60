package io.stage7.sim.report.html;

import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.Comparison;
import io.stage7.sim.report.ComparisonTable;
import io.stage7.sim.report.Estimate;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.stats.ConfidenceInterval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report of {@code stage7 compare}: the headline metrics of A and B (the rows of
 * {@link ComparisonTable}) with the paired difference B − A and its 95% interval, as a table per
 * region and window and as a chart of the differences with their intervals around zero.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** Writes {@code report.html} for the comparison into {@code folder}; returns the file. */
    public static Path write(Path folder, DeskModel a, Comparison comparison, String labelA, String labelB)
            throws IOException {
        return HtmlReport.write(folder, page(a, comparison, labelA, labelB));
    }

    /** The page: A's scenario heads it (both share horizon, seed and regions). */
    public static ReportPage page(DeskModel a, Comparison comparison, String labelA, String labelB) {
        RunSummary first = comparison.a().first();
        List<String> regions = new ArrayList<>(first.regions().keySet());
        List<ComparisonView.Group> groups = new ArrayList<>();
        groups.add(group(comparison, "overall", "overall", false, "overall"));
        for (String region : regions) {
            groups.add(group(comparison, region, region, false, "regions." + region));
        }
        groups.add(group(comparison, "period-end windows, overall", "overall", true, "periodEnd.overall"));
        for (String region : regions) {
            groups.add(group(comparison, "period-end windows, " + region, region, true, "periodEnd.regions." + region));
        }
        int significant = comparison.significant().size();
        List<ReportPage.KeyNumber> numbers = new ArrayList<>();
        numbers.add(new ReportPage.KeyNumber("A", fileName(labelA), labelA + ": " + comparison.a().first().scenario()));
        numbers.add(new ReportPage.KeyNumber("B", fileName(labelB), labelB + ": " + comparison.b().first().scenario()));
        numbers.add(new ReportPage.KeyNumber("Significant differences", Integer.toString(significant),
                "of " + comparison.differences().size() + " metrics (95% paired intervals that exclude 0)"));
        ComparisonView view = new ComparisonView(labelA, labelB, comparison.a().count(), groups);
        return new ReportPage("Comparison report", first.scenario() + " vs " + comparison.b().first().scenario(),
                first.seed(), a.scenario().start(), a.scenario().end(), a.scenario().start().plus(a.scenario().warmup()),
                comparison.a().count(), SimulationReport.slaLine(a.decidedSla()), numbers, Optional.empty(),
                SimulationReport.periodEnds(a), List.of(), Optional.empty(), Optional.empty(), Optional.of(view));
    }

    /** The last part of a path as the user gave it: the headline shows "b.yaml", its note the whole path. */
    private static String fileName(String label) {
        int slash = Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\'));
        return slash >= 0 && slash < label.length() - 1 ? label.substring(slash + 1) : label;
    }

    private static ComparisonView.Group group(Comparison comparison, String title, String region, boolean periodEnd,
                                              String prefix) {
        List<ComparisonView.Row> rows = new ArrayList<>();
        for (ComparisonTable.Row row : ComparisonTable.ROWS) {
            String path = prefix + "." + row.metric();
            if (!comparison.differences().containsKey(path)) {
                continue;
            }
            Estimate difference = comparison.difference(path);
            Optional<ConfidenceInterval> interval = difference.interval();
            rows.add(new ComparisonView.Row(row.label(), row.metric(), row.unit().name().toLowerCase(Locale.ROOT),
                    comparison.a().estimate(path).mean(), comparison.b().estimate(path).mean(), difference.mean(),
                    interval.map(ci -> OptionalDouble.of(ci.low())).orElse(OptionalDouble.empty()),
                    interval.map(ci -> OptionalDouble.of(ci.high())).orElse(OptionalDouble.empty()),
                    difference.excludesZero()));
        }
        return new ComparisonView.Group(title, region, periodEnd, rows);
    }
}
