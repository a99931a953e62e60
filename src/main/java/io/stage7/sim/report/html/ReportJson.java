package io.stage7.sim.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.calendar.PeriodKind;
import io.stage7.calendar.PeriodWindow;
import io.stage7.sim.report.Format;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The data the page's script draws, as JSON: keys in a fixed order, times as epoch milliseconds,
 * fractions and means rounded to four places, {@code null} for an undefined number. The page's
 * script ({@code report.js}) is its only reader; docs/simulation.md describes the page, not this.
 */
final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ReportJson() {
    }

    static String render(ReportPage page) {
        ObjectNode root = NODES.objectNode();
        root.put("scenario", page.scenario());
        root.put("seed", page.seed());
        root.put("replications", page.replications());
        root.put("start", page.start().toEpochMilli());
        root.put("end", page.end().toEpochMilli());
        root.put("warmupEnd", page.warmupEnd().toEpochMilli());
        if (page.sla().isPresent()) {
            ReportPage.SlaLine sla = page.sla().get();
            ObjectNode node = root.putObject("sla");
            node.put("name", sla.name());
            node.put("hours", rounded(sla.hours()));
            node.put("businessHours", sla.businessHours());
            number(node, "targetPercent", sla.targetPercent());
        } else {
            root.putNull("sla");
        }
        ArrayNode regions = root.putArray("regions");
        page.periodEnds().keySet().forEach(regions::add);
        ObjectNode windows = root.putObject("periodEnds");
        page.periodEnds().forEach((region, list) -> windows.set(region, windows(list)));
        if (page.charts().isPresent()) {
            charts(root, page.charts().get());
        }
        ArrayNode utilization = root.putArray("utilization");
        for (ReportPage.RegionUtilization row : page.utilization()) {
            ObjectNode node = utilization.addObject();
            node.put("region", row.region());
            number(node, "overall", row.overall());
            number(node, "periodEnd", row.periodEnd());
        }
        if (page.staffing().isPresent()) {
            staffing(root.putObject("staffing"), page.staffing().get());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    private static ArrayNode windows(List<PeriodWindow> list) {
        ArrayNode array = NODES.arrayNode();
        for (PeriodWindow window : list) {
            ObjectNode node = array.addObject();
            node.put("kind", kind(window.kind()));
            node.put("label", window.label());
            node.put("start", window.start().toEpochMilli());
            node.put("end", window.end().toEpochMilli());
        }
        return array;
    }

    static String kind(PeriodKind kind) {
        switch (kind) {
            case EOM:
                return "EoM";
            case EOQ:
                return "EoQ";
            default:
                return "EoY";
        }
    }

    private static void charts(ObjectNode root, RunCharts charts) {
        ObjectNode backlog = root.putObject("backlog");
        if (charts.peakInterval().isPresent()) {
            // Only when steps are merged, so that the data of shorter runs stays as it was.
            backlog.put("stepsPerPoint", charts.stepsPerPoint());
            backlog.put("interval", HtmlReport.duration(charts.peakInterval().get()));
        }
        ArrayNode times = backlog.putArray("times");
        charts.times().forEach(times::add);
        ObjectNode series = backlog.putObject("series");
        for (String region : charts.regions()) {
            ArrayNode values = series.putArray(region);
            charts.backlog(region).forEach(value -> values.add(rounded(value)));
        }
        ObjectNode histogram = root.putObject("histogram");
        histogram.put("binHours", rounded(charts.histogram().width()));
        histogram.put("bins", charts.histogram().bins());
        ObjectNode counts = histogram.putObject("counts");
        charts.histogramCounts().forEach((region, list) -> {
            ArrayNode values = counts.putArray(region);
            list.forEach(count -> values.add(rounded(count / (double) charts.replications())));
        });
        if (charts.weeksPerPoint() > 1) {
            root.put("weeksPerPoint", charts.weeksPerPoint());
        }
        ArrayNode weeks = root.putArray("weeklySla");
        for (WeekAttainment week : charts.weeks()) {
            ObjectNode node = weeks.addObject();
            node.put("region", week.region());
            node.put("week", week.week().toString());
            node.put("days", week.days());
            node.put("met", week.met());
            node.put("measured", week.measured());
            number(node, "attainment", week.attainment());
        }
    }

    private static void staffing(ObjectNode node, ReportPage.StaffingChart chart) {
        node.put("metric", chart.metric());
        node.put("share", chart.share());
        node.put("target", rounded(chart.target()));
        node.put("targetText", chart.targetText());
        node.put("confidence", rounded(chart.confidence()));
        ArrayNode curves = node.putArray("curves");
        for (StaffingCurve curve : chart.curves()) {
            ObjectNode c = curves.addObject();
            c.put("region", curve.region());
            c.put("window", curve.window());
            if (curve.chosen().isPresent()) {
                c.put("chosen", curve.chosen().getAsInt());
            } else {
                c.putNull("chosen");
            }
            ArrayNode points = c.putArray("points");
            for (StaffingCurve.Point point : curve.points()) {
                ObjectNode p = points.addObject();
                p.put("headcount", point.headcount());
                p.put("mean", rounded(point.mean()));
                p.put("lo", rounded(point.lo()));
                p.put("hi", rounded(point.hi()));
            }
        }
    }

    private static void number(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            node.put(key, rounded(value.getAsDouble()));
        } else {
            node.putNull(key);
        }
    }

    private static BigDecimal rounded(double value) {
        BigDecimal rounded = Format.rounded(value);
        if (rounded == null) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return rounded;
    }
}
