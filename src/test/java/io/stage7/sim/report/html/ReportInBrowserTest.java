package io.stage7.sim.report.html;

import io.stage7.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.cli.Main;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.QuarterScenario;
import io.stage7.sim.model.TestDesks;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report in a real browser: headless Chromium loads {@code report.html} from disk, runs its
 * script, and the test reads the DOM it dumps: the script finished ({@code data-report-state="ready"}),
 * recorded no error ({@code data-errors="0"}, from {@code window.onerror} and a {@code console.error}
 * wrapper), drew the expected charts, each with data marks; and Chromium's stderr has no console
 * line. A screenshot of each page goes to {@code target/report-screenshots/} for people to look at.
 */
class ReportInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static final Pattern SVG = Pattern.compile("<svg[^>]*\\bdata-chart=\"([a-z-]+)\"[^>]*>");
    private static final Pattern POINTS = Pattern.compile("data-points=\"(\\d+)\"");

    private static HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find();
    }

    @Test
    void aSimulationReportDrawsEveryChartWithoutErrors(@TempDir Path temp) throws Exception {
        DeskModel model = TestDesks.model(QuarterScenario.build());
        SimulationReport report = SimulationReport.of(model);
        RunSummary summary = SimulationOutputs.write(model, 0, temp.resolve("run"), report.observe(0));
        Path page = report.write(temp.resolve("run"), List.of(summary));
        int regions = model.regionNames().size();

        String dom = renderedCleanly(page, temp);
        List<String[]> charts = charts(dom);
        Map<String, Integer> perKind = new LinkedHashMap<>();
        charts.forEach(chart -> perKind.merge(chart[0], 1, Integer::sum));
        assertEquals(Map.of("backlog", regions, "weekly-sla", 1, "time-to-decision", 1, "utilization", 1), perKind);
        assertTrue(rootTag(dom).contains("data-charts=\"" + (regions + 3) + "\""), "the script counted its charts");
        int steps = report.page(List.of(summary)).charts().orElseThrow().times().size();
        for (String[] chart : charts) {
            int points = Integer.parseInt(chart[1]);
            assertTrue(points > 0, chart[0] + " drew no data");
            if (chart[0].equals("backlog")) {
                assertEquals(steps, points, "a backlog point per time step");
            }
        }
        assertTrue(count(dom, "data-window=\"EoQ\"") >= regions, "each region's EoQ window is shaded");
        assertTrue(count(dom, "<title") > charts.size(), "every chart and data mark has a <title>");
        assertTrue(dom.contains("target 95%"), "the rules' attainment target is drawn");

        screenshot(page, "simulation.png", 1400, temp);
    }

    @Test
    void aLongRunsPageDrawsPeaksAndRunsOfWeeksWithoutErrors(@TempDir Path temp) throws Exception {
        // The quarter with the caps lowered, as a run of many years would have it: 64 backlog points, 4 of attainment.
        DeskModel model = TestDesks.model(QuarterScenario.build());
        SimulationReport report = SimulationReport.of(model);
        ReportCollector collector = new ReportCollector(model, 64, 4);
        RunSummary summary = SimulationOutputs.write(model, 0, temp.resolve("run"), report.observe(0), collector);
        ReportPage full = report.page(List.of(summary));
        RunCharts coarse = collector.charts();
        assertTrue(coarse.stepsPerPoint() > 1 && coarse.weeksPerPoint() > 1, "the caps merged steps and weeks");
        Path page = HtmlReport.write(temp.resolve("run"), new ReportPage(full.title(), full.scenario(), full.seed(),
                full.start(), full.end(), full.warmupEnd(), full.replications(), full.sla(), full.keyNumbers(),
                java.util.Optional.of(coarse), full.periodEnds(), full.utilization(), full.staffing()));

        String dom = renderedCleanly(page, temp);
        for (String[] chart : charts(dom)) {
            assertTrue(Integer.parseInt(chart[1]) > 0, chart[0] + " drew no data");
            if (chart[0].equals("backlog")) {
                assertEquals(coarse.times().size(), Integer.parseInt(chart[1]), "a backlog point per interval");
            }
        }
        assertTrue(dom.contains("Peak backlog — "), "the backlog charts say they show peaks");
        assertTrue(dom.contains(coarse.weeksPerPoint() + " weeks starting (Monday, local)"), "the attainment axis says what a point covers");
    }

    @Test
    void aStaffingReportDrawsTheCurveOfEachRegionWithItsTarget(@TempDir Path temp) throws Exception {
        DeskModel model = TestDesks.model(QuarterScenario.build());
        List<StaffingCurve> curves = new ArrayList<>();
        for (String region : model.regionNames()) {
            curves.add(new StaffingCurve(region, "normal weeks", List.of(new StaffingCurve.Point(2, 0.71, 0.66, 0.76),
                    new StaffingCurve.Point(3, 0.93, 0.91, 0.95), new StaffingCurve.Point(4, 0.985, 0.978, 0.99)),
                    OptionalInt.of(4)));
            curves.add(new StaffingCurve(region, "period-end windows", List.of(new StaffingCurve.Point(3, 0.82, 0.77, 0.86),
                    new StaffingCurve.Point(4, 0.94, 0.925, 0.955), new StaffingCurve.Point(5, 0.97, 0.962, 0.977)),
                    OptionalInt.of(5)));
        }
        Path page = StaffingReport.write(temp.resolve("staff"), model, 20,
                new ReportPage.StaffingChart("approval SLA attainment", true, 0.95, 0.9, curves));

        String dom = renderedCleanly(page, temp);
        List<String[]> charts = charts(dom);
        assertEquals(model.regionNames().size(), charts.size());
        for (String[] chart : charts) {
            assertEquals("staffing", chart[0]);
            assertEquals("6", chart[1], "three headcounts in each of two windows");
        }
        assertTrue(dom.contains("target 95%"));
        assertTrue(dom.contains("(recommended)"), "the recommended headcount is marked");
        screenshot(page, "staffing.png", 1000, temp);
    }

    @Test
    void aStaffingReportOnATimeTargetDrawsHoursAndSkipsUnmeasuredWindows(@TempDir Path temp) throws Exception {
        DeskModel model = TestDesks.model(QuarterScenario.build());
        java.util.Map<String, List<StaffingCurve.Point>> curves = new LinkedHashMap<>();
        for (String region : model.regionNames()) {
            // Two specialists leave too much work open to estimate the p90 in 3 of 10 replications: censored.
            curves.put(region, List.of(StaffingCurve.Point.censored(2, 3, 10),
                    new StaffingCurve.Point(3, 14.2, 12.9, 15.6), new StaffingCurve.Point(4, 7.1, 6.6, 7.7)));
        }
        ReportPage.StaffingChart chart = StaffingReport.chart("p90 business hours to decision", false, 8, 0.95, curves);
        List<StaffingCurve> withUnmeasured = new ArrayList<>(chart.curves());
        withUnmeasured.add(new StaffingCurve(model.regionNames().get(0), "period-end windows", List.of(), OptionalInt.empty()));
        Path page = StaffingReport.write(temp.resolve("staff"), model, 10,
                new ReportPage.StaffingChart(chart.metric(), false, 8, 0.95, withUnmeasured));

        String dom = renderedCleanly(page, temp);
        List<String[]> charts = charts(dom);
        assertEquals(model.regionNames().size(), charts.size());
        charts.forEach(c -> assertEquals("3", c[1], "two estimated points and a censored one"));
        assertTrue(dom.contains("target 8 h"));
        assertTrue(dom.contains("censored 3/10"), "the censored point is in the chart's table");
        assertTrue(dom.contains("data-censored=\"3\""), "and drawn as such");
        assertFalse(dom.contains(model.regionNames().get(0) + ", period-end windows"),
                "an unmeasured window gets no headline number (the plan table says it was not measured)");
    }

    @Test
    void aStaffingPageShowsThePlanItsVerificationAndArrivalsAgainstCapacity(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("staff");
        StringWriter text = new StringWriter();
        int code = Main.run(new String[]{"staff", "src/test/resources/scenarios/mmc-sla/mmc-sla.yaml", "--target",
                "approval >= 60%", "--replications", "3", "--threads", "2", "--out", out.toString()},
                new PrintWriter(text), new PrintWriter(text));
        assertEquals(Main.OK, code, text.toString());

        String dom = renderedCleanly(out.resolve("report.html"), temp);
        Map<String, Integer> perKind = new LinkedHashMap<>();
        charts(dom).forEach(chart -> {
            perKind.merge(chart[0], 1, Integer::sum);
            assertTrue(Integer.parseInt(chart[1]) > 0, chart[0] + " drew no data");
        });
        assertEquals(Map.of("staffing", 1, "capacity", 1, "capacity-windows", 1), perKind);
        assertTrue(dom.contains("data-verdict=\"recommended\""), "the verdict is stated");
        assertTrue(dom.contains("10 → 11 <span class=\"change\">(+1)</span>"), "current → recommended, with the change");
        assertTrue(dom.contains("data-verification=\"met\""), "the verification is stated");
        screenshot(out.resolve("report.html"), "staffing-plan.png", 1800, temp);
    }

    @Test
    void aComparisonPageDrawsThePairedDifferences(@TempDir Path temp) throws Exception {
        String yaml = Files.readString(Fixtures.DEFAULT_SCENARIO)
                .replaceFirst("(?m)^rules: .*$", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replace("end: 2026-05-01T07:00:00Z", "end: 2026-03-08T00:00:00Z");
        Path a = temp.resolve("a.yaml");
        Path b = temp.resolve("b.yaml");
        Files.writeString(a, yaml);
        Files.writeString(b, yaml.replace("EMEA: { specialists: 4, period_end_specialists: 5",
                "EMEA: { specialists: 6, period_end_specialists: 6"));
        StringWriter text = new StringWriter();
        int code = Main.run(new String[]{"compare", a.toString(), b.toString(), "--replications", "3", "--threads", "2",
                "--out", temp.resolve("out").toString()}, new PrintWriter(text), new PrintWriter(text));
        assertEquals(Main.OK, code, text.toString());

        String dom = renderedCleanly(temp.resolve("out/report.html"), temp);
        List<String[]> charts = charts(dom);
        assertEquals(List.of("comparison", "comparison"), charts.stream().map(c -> c[0]).toList(),
                "SLA attainment and utilization differences");
        int groups = 2 + 2 * 3; // overall and three regions, then the same inside period-end windows
        charts.forEach(c -> assertEquals(Integer.toString(groups), c[1]));
        assertTrue(dom.contains("data-significant=\"true\""), "a better EMEA staffing is significant somewhere");
        screenshot(temp.resolve("out/report.html"), "comparison.png", 1600, temp);
    }

    @Test
    void theHarnessSeesAPageThatFails(@TempDir Path temp) throws Exception {
        // The error capture of the report's template, on a page whose script throws and logs an error.
        String template = Files.readString(Path.of("src/main/resources/io/stage7/report/report.html"));
        String capture = template.substring(template.indexOf("<script>"), template.indexOf("</script>") + 9);
        Path page = temp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head>" + capture + "</head><body><script>"
                + "console.error('drawn badly'); null.chart;</script></body></html>");
        HeadlessChromium.Run run = chromium.dumpDom(page, temp);
        String root = rootTag(run.stdout());
        assertTrue(root.contains("data-errors=\"2\""), root);
        assertTrue(root.contains("drawn badly") && root.contains("null"), "the messages are recorded: " + root);
        assertEquals(2, run.consoleLines().size(), run.stderr());
    }

    /** Loads the page, checks the script finished without an error, and returns the DOM. */
    private static String renderedCleanly(Path page, Path temp) throws IOException, InterruptedException {
        HeadlessChromium.Run run = chromium.dumpDom(page, temp);
        assertEquals(0, run.exitCode(), () -> "Chromium failed:\n" + run.stderr());
        String dom = run.stdout();
        String root = rootTag(dom);
        assertTrue(root.contains("data-errors=\"0\"") && !root.contains("data-error-messages"),
                () -> "the page recorded errors: " + errorMessages(root));
        assertTrue(root.contains("data-report-state=\"ready\""), () -> "the page's script did not finish: " + root);
        assertEquals(List.of(), run.consoleLines(), "the page wrote to the console");
        return dom;
    }

    /** The start tag of the root element, where the page records its state and errors. */
    private static String rootTag(String dom) {
        int start = dom.indexOf("<html");
        assertTrue(start >= 0, "no <html> element in the DOM");
        return dom.substring(start, dom.indexOf('>', start) + 1);
    }

    private static String errorMessages(String dom) {
        Matcher m = Pattern.compile("data-error-messages=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "(none recorded)";
    }

    /** Each chart's kind and number of data marks, in page order. */
    private static List<String[]> charts(String dom) {
        List<String[]> charts = new ArrayList<>();
        Matcher svg = SVG.matcher(dom);
        while (svg.find()) {
            Matcher points = POINTS.matcher(svg.group());
            charts.add(new String[]{svg.group(1), points.find() ? points.group(1) : "0"});
        }
        return charts;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void screenshot(Path page, String name, int height, Path temp) throws Exception {
        Path png = SCREENSHOTS.resolve(name);
        HeadlessChromium.Run run = chromium.screenshot(page, png, 1280, height, temp);
        assertEquals(0, run.exitCode(), run::stderr);
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
        Files.copy(page, SCREENSHOTS.resolve(name.replace(".png", ".html")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
