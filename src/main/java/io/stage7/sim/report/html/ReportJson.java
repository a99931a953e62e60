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
        page.plan().filter(plan -> !plan.capacity().isEmpty()).ifPresent(plan -> capacity(root.putArray("capacity"), plan));
        page.comparison().ifPresent(view -> comparison(root.putObject("comparison"), view));
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
                if (point.isCensored()) {
                    p.putNull("mean");
                    p.putNull("lo");
                    p.putNull("hi");
                    p.put("censored", point.censored());
                    p.put("replications", point.replications());
                } else {
                    p.put("mean", rounded(point.mean()));
                    p.put("lo", rounded(point.lo()));
                    p.put("hi", rounded(point.hi()));
                }
            }
        }
    }

    private static void capacity(ArrayNode array, PlanView plan) {
        for (PlanView.RegionCapacity region : plan.capacity()) {
            ObjectNode node = array.addObject();
            node.put("region", region.region());
            node.put("zone", region.zone());
            numbers(node.putArray("offered"), region.offered());
            numbers(node.putArray("current"), region.current());
            numbers(node.putArray("recommended"), region.recommended());
            ArrayNode days = node.putArray("days");
            for (PlanView.DayKind kind : region.days()) {
                ObjectNode day = days.addObject();
                day.put("kind", kind.kind());
                day.put("days", kind.days());
                number(day, "offered", OptionalDouble.of(kind.offered()));
                number(day, "current", OptionalDouble.of(kind.current()));
                number(day, "recommended", OptionalDouble.of(kind.recommended()));
            }
        }
    }

    private static void numbers(ArrayNode array, List<Double> values) {
        values.forEach(value -> array.add(rounded(value)));
    }

    private static void comparison(ObjectNode node, ComparisonView view) {
        node.put("a", view.labelA());
        node.put("b", view.labelB());
        node.put("replications", view.replications());
        ArrayNode groups = node.putArray("groups");
        for (ComparisonView.Group group : view.groups()) {
            ObjectNode g = groups.addObject();
            g.put("title", group.title());
            g.put("region", group.region());
            g.put("periodEnd", group.periodEnd());
            ArrayNode rows = g.putArray("rows");
            for (ComparisonView.Row row : group.rows()) {
                ObjectNode r = rows.addObject();
                r.put("label", row.label());
                r.put("metric", row.metric());
                r.put("unit", row.unit());
                number(r, "a", row.a());
                number(r, "b", row.b());
                number(r, "difference", row.difference());
                number(r, "low", row.low());
                number(r, "high", row.high());
                r.put("significant", row.significant());
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
