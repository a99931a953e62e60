package io.stage7.sim.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: the page template with its stylesheet and script inlined, the
 * header and headline numbers as HTML (readable without the script), and the chart data as a JSON
 * block that the script draws as SVG. Nothing on the page refers to another file or to the
 * network, and the same page gives the same bytes.
 */
public final class HtmlReport {

    /** The file name in the output folder. */
    public static final String FILE = "report.html";

    private static final String RESOURCES = "/io/stage7/report/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /** Writes the page into {@code folder} (created if needed) as {@value #FILE}; returns the file. */
    public static Path write(Path folder, ReportPage page) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        Files.writeString(file, render(page), StandardCharsets.UTF_8);
        return file;
    }

    /** The page as one self-contained HTML document. */
    public static String render(ReportPage page) {
        Map<String, String> values = new HashMap<>();
        values.put("title", escape(page.title() + " — " + page.scenario()));
        values.put("style", resource("report.css").strip());
        values.put("header", header(page));
        values.put("sections", sections(page));
        // "<" never appears in JSON outside strings, so escaping it keeps "</script>" out of the block.
        values.put("data", ReportJson.render(page).replace("<", "\\u003c"));
        // One script in four files (helpers, a run's charts, planning charts, the entry point), one function.
        values.put("script", (resource("report.js") + resource("report-run.js") + resource("report-planning.js")
                + resource("report-main.js")).strip());
        return fill(resource("report.html"), values);
    }

    /** The template with each {{name}} replaced in one pass (so no value is searched for placeholders). */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64 * 1024);
        int from = 0;
        int open;
        while ((open = template.indexOf("{{", from)) >= 0) {
            int close = template.indexOf("}}", open);
            String value = close < 0 ? null : values.get(template.substring(open + 2, close));
            if (value == null) {
                throw new IllegalStateException("the report template has an unknown placeholder at " + open);
            }
            out.append(template, from, open).append(value);
            from = close + 2;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String header(ReportPage page) {
        StringBuilder html = new StringBuilder();
        html.append("<header class=\"page-header\">\n");
        html.append("  <p class=\"kicker\">Stage7 · ").append(escape(page.title())).append("</p>\n");
        html.append("  <h1>").append(escape(page.scenario())).append("</h1>\n");
        html.append("  <dl class=\"meta\">\n");
        meta(html, "Seed", Long.toString(page.seed()));
        meta(html, "Horizon", TIME.format(page.start()) + " – " + TIME.format(page.end()));
        if (page.warmupEnd().isAfter(page.start())) {
            meta(html, "Counted from", TIME.format(page.warmupEnd()) + " (earlier work is warm-up)");
        }
        meta(html, "Replications", Integer.toString(page.replications()));
        meta(html, "SLA", page.sla().map(sla -> sla.name() + ": decided within " + SimulationReport.plain(sla.hours())
                + (sla.businessHours() ? " business" : "") + " hours"
                + (sla.targetPercent().isPresent() ? ", target " + SimulationReport.plain(sla.targetPercent().getAsDouble()) + "%"
                        : ", no attainment target declared")).orElse("none declared in the rules"));
        html.append("  </dl>\n");
        html.append("</header>\n");
        html.append("<section class=\"key-numbers\" aria-label=\"Key numbers\">\n");
        for (ReportPage.KeyNumber number : page.keyNumbers()) {
            String verdict = number.verdict() == ReportPage.Verdict.MET ? "meets the target"
                    : number.verdict() == ReportPage.Verdict.MISSED ? "misses the target" : "";
            html.append("  <div class=\"key").append(verdict.isEmpty() ? "" : " " + number.verdict().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><p class=\"key-label\">").append(escape(number.label()))
                    .append("</p><p class=\"key-value\">").append(escape(number.value()));
            if (!verdict.isEmpty()) {
                html.append(" <span class=\"key-verdict\">").append(verdict).append("</span>");
            }
            html.append("</p><p class=\"key-note\">").append(escape(number.note())).append("</p></div>\n");
        }
        html.append("</section>");
        return html.toString();
    }

    private static void meta(StringBuilder html, String term, String value) {
        html.append("    <div><dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd></div>\n");
    }

    private static String sections(ReportPage page) {
        StringBuilder html = new StringBuilder();
        String unit = page.sla().map(ReportPage.SlaLine::businessHours).orElse(true) ? "business hours" : "hours";
        if (page.charts().isPresent()) {
            RunCharts charts = page.charts().get();
            String perRegion = " one chart per region; period-end windows shaded on the region's own calendar.";
            if (charts.peakInterval().isEmpty()) {
                section(html, "backlog", "Backlog over time",
                        "Submissions waiting for a specialist (held until their region opens, plus queued) at each time step,"
                                + perRegion + (page.replications() > 1 ? " Mean over the replications." : ""));
            } else {
                section(html, "backlog", "Peak backlog over time",
                        "The peak number of submissions waiting for a specialist (held until their region opens, plus queued)"
                                + " in each interval of " + duration(charts.peakInterval().get()) + " (" + charts.stepsPerPoint()
                                + " time steps: a run of more than " + PeakSeries.MAX_POINTS + " steps is drawn as at most "
                                + PeakSeries.MAX_POINTS + " peaks),"
                                + perRegion + (page.replications() > 1 ? " Mean over the replications of each one's peak." : ""));
            }
            int weeks = charts.weeksPerPoint();
            if (weeks == 1) {
                section(html, "weekly-sla", "SLA attainment by week",
                        "Share of the week's submissions decided within the SLA (undecided ones past it count as missed),"
                                + " by region, weeks starting Monday in the region's time zone; the dashed line is the target.");
            } else {
                section(html, "weekly-sla", "SLA attainment by " + weeks + " weeks",
                        "Share of the submissions of each " + weeks + " weeks decided within the SLA (undecided ones past it"
                                + " count as missed), by region, weeks starting Monday in the region's time zone; the horizon"
                                + " spans more than " + ReportCollector.MAX_WEEK_POINTS + " weeks, so each point covers "
                                + weeks + " of them. The dashed line is the target.");
            }
            section(html, "time-to-decision", "Time to decision",
                    "Decisions by time from submission to decision, in " + unit
                            + ", stacked by region; bins include their upper edge, so the bars left of the SLA line met it.");
        }
        if (!page.utilization().isEmpty()) {
            section(html, "utilization", "Utilization",
                    "Share of specialist hours on shift spent reviewing, over the whole run and inside the region's period-end windows.");
        }
        page.plan().ifPresent(plan -> PlanSections.plan(html, plan));
        if (page.staffing().isPresent()) {
            section(html, "staffing", "Staffing curves",
                    "Marginal curves: the target's metric (mean and confidence interval) at each headcount of one region and"
                            + " window, every other headcount at the recommended plan and the same random numbers; the dashed"
                            + " line is the target, the ringed point the recommended headcount.");
        }
        page.plan().filter(plan -> !plan.capacity().isEmpty()).ifPresent(plan -> {
            section(html, "capacity", "Arrivals against capacity by hour of the week",
                    "Per region, in its own time zone: the specialist-hours of review and Chatter work that arrive in each"
                            + " hour of the week (bars, mean over the weeks counted), against the specialists on shift under"
                            + " the scenario's plan and under the recommended plan (lines).");
            section(html, "capacity-windows", "Arrivals against capacity across the period-end windows",
                    "Per region and kind of day (normal, EoM, EoQ, EoY: a day counts as its most significant window),"
                            + " specialist-hours of work arriving per day against specialist-hours on shift per day, now and"
                            + " in the recommended plan.");
        });
        page.comparison().ifPresent(comparison -> PlanSections.comparison(html, comparison));
        return html.toString().stripTrailing();
    }

    static void section(StringBuilder html, String id, String heading, String description) {
        html.append("<section class=\"report-section\" aria-labelledby=\"").append(id).append("-heading\">\n");
        html.append("  <h2 id=\"").append(id).append("-heading\">").append(escape(heading)).append("</h2>\n");
        html.append("  <p class=\"description\">").append(escape(description)).append("</p>\n");
        html.append("  <div class=\"charts\" data-chart=\"").append(id).append("\"></div>\n");
        html.append("</section>\n");
    }

    /** Text for an HTML element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the report resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A duration for people: "2 hours", "1 day", "30 minutes" when one unit says it, else its parts
     * from days down, such as "8 h 32 min".
     */
    static String duration(Duration duration) {
        long[] sizes = {86_400_000, 3_600_000, 60_000, 1_000, 1};
        String[] words = {"day", "hour", "minute", "second", "millisecond"};
        String[] symbols = {"d", "h", "min", "s", "ms"};
        long rest = duration.toMillis();
        List<String> parts = new ArrayList<>();
        int unit = -1;
        for (int i = 0; i < sizes.length; i++) {
            if (rest >= sizes[i]) {
                parts.add(rest / sizes[i] + " " + symbols[i]);
                unit = i;
                rest %= sizes[i];
            }
        }
        if (parts.size() == 1) {
            long count = duration.toMillis() / sizes[unit];
            return count + " " + words[unit] + (count == 1 ? "" : "s");
        }
        return parts.isEmpty() ? "0 ms" : String.join(" ", parts);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
