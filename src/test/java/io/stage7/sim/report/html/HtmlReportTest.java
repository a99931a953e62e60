package io.stage7.sim.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.report.RunSummary;
import io.stage7.sim.report.SimulationOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page as a file: byte-identical for the same run, self-contained, and safe whatever the scenario is called. */
class HtmlReportTest {

    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    private static Path simulate(Path folder) throws Exception {
        DeskModel model = SmallDesk.model();
        SimulationReport report = SimulationReport.of(model);
        RunSummary summary = SimulationOutputs.write(model, 0, folder, report.observe(0));
        return report.write(folder, List.of(summary));
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameBytes(@TempDir Path temp) throws Exception {
        assertArrayEquals(Files.readAllBytes(simulate(temp.resolve("a"))), Files.readAllBytes(simulate(temp.resolve("b"))));
    }

    @Test
    void thePageLoadsNothingFromElsewhere(@TempDir Path temp) throws Exception {
        String html = Files.readString(simulate(temp));
        for (String reference : List.of("src=", "href=", "<link", "@import", "url(", "<iframe", "<img", "fetch(",
                "XMLHttpRequest", "@font-face")) {
            assertFalse(html.contains(reference), "the page refers to another resource: " + reference);
        }
        // The one address on the page is the SVG namespace, a name that is never fetched.
        assertEquals(List.of("http://www.w3.org/2000/svg"), Pattern.compile("https?://[^'\"\\s]*").matcher(html)
                .results().map(java.util.regex.MatchResult::group).distinct().toList());
    }

    @Test
    void theEmbeddedDataHoldsTheRunsNumbers(@TempDir Path temp) throws Exception {
        String html = Files.readString(simulate(temp));
        Matcher data = DATA.matcher(html);
        assertTrue(data.find());
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        assertEquals("small desk", json.get("scenario").asText());
        assertTrue(json.at("/sla/targetPercent").isNull(), "the test desk's Approval SLA declares no target");
        assertEquals(12, json.at("/sla/hours").asInt());
        assertEquals("[\"EMEA\"]", json.get("regions").toString());
        assertEquals("[4,2,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0]", json.at("/histogram/counts/EMEA").toString());
        assertEquals("{\"region\":\"EMEA\",\"week\":\"2026-04-13\",\"days\":7,\"met\":15,\"measured\":17,\"attainment\":0.8824}",
                json.at("/weeklySla/0").toString());
        // 24 April, the first day of the test desk's EoQ window (the last 5 business days of April) in Dublin.
        assertEquals("EoQ", json.at("/periodEnds/EMEA/0/kind").asText());
        assertEquals(Instant.parse("2026-04-23T23:00:00Z").toEpochMilli(), json.at("/periodEnds/EMEA/0/start").asLong());
        assertTrue(html.contains("<h1>small desk</h1>"));
        assertTrue(html.contains("<p class=\"key-value\">88.9%</p><p class=\"key-note\">no target declared"),
                "16 of the 18 decisions met the SLA; with no target there is no verdict");
        assertTrue(html.contains("Approval: decided within 12 business hours, no attainment target declared"));
    }

    @Test
    void textFromTheScenarioCannotBreakOutOfThePage() {
        String name = "Q1 </script><script>alert(1)</script> & <b>\"{{data}}\"";
        ReportPage page = new ReportPage("Simulation report", name, 1, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 1,
                Optional.of(new ReportPage.SlaLine("A<B", 12, true, OptionalDouble.empty())),
                List.of(new ReportPage.KeyNumber("<i>", "1", "n")), Optional.empty(), java.util.Map.of(), List.of(),
                Optional.empty());
        String html = HtmlReport.render(page);
        assertFalse(html.contains("<script>alert"), "no markup from the scenario's name");
        assertFalse(html.contains("<b>") || html.contains("<i>"));
        assertTrue(html.contains("<h1>Q1 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;&quot;{{data}}&quot;</h1>"),
                "the name is escaped and placeholders in it are not filled");
        Matcher data = DATA.matcher(html);
        assertTrue(data.find());
        assertTrue(data.group(1).contains("\"scenario\":\"Q1 \\u003c/script>\\u003cscript>alert(1)\\u003c/script> & \\u003cb>"),
                "inside the JSON block '<' is escaped, so it cannot close the script element");
        assertEquals(1, html.split("<script type=\"application/json\"", -1).length - 1);
        assertTrue(html.contains("no attainment target declared"));
    }
    @Test
    void aRunUnderTheCapsIsChartedStepByStepAndWeekByWeek(@TempDir Path temp) throws Exception {
        String html = Files.readString(simulate(temp));
        Matcher data = DATA.matcher(html);
        assertTrue(data.find());
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        assertFalse(json.get("backlog").has("stepsPerPoint") || json.get("backlog").has("interval"));
        assertFalse(json.has("weeksPerPoint"));
        assertTrue(html.contains("<h2 id=\"backlog-heading\">Backlog over time</h2>"));
        assertTrue(html.contains("<h2 id=\"weekly-sla-heading\">SLA attainment by week</h2>"));
    }

    @Test
    void aLongRunsPageSaysItsBacklogIsPeaksAndItsAttainmentRunsOfWeeks() throws Exception {
        Instant start = Instant.parse("2026-04-13T00:00:00Z");
        long hour = 3_600_000L;
        RunCharts charts = new RunCharts(List.of("EMEA"), 2,
                List.of(start.toEpochMilli(), start.toEpochMilli() + 2 * hour, start.toEpochMilli() + 4 * hour), 2,
                java.util.Map.of("EMEA", List.of(3L, 8L, 1L)), new TimeHistogram(1, 2),
                java.util.Map.of("EMEA", List.of(0L, 0L, 0L)),
                List.of(new WeekAttainment("EMEA", LocalDate.parse("2026-04-13"), 2, 14, 9, 10)));
        ReportPage page = new ReportPage("Simulation report", "long", 1, start, start.plusSeconds(5 * 3600), start, 2,
                Optional.empty(), List.of(), Optional.of(charts), java.util.Map.of("EMEA", List.of()), List.of(),
                Optional.empty());
        String html = HtmlReport.render(page);
        assertTrue(html.contains("<h2 id=\"backlog-heading\">Peak backlog over time</h2>"));
        assertTrue(html.contains("in each interval of 2 hours (2 time steps: a run of more than 4096 steps is drawn as at most"
                + " 4096 peaks)"), html);
        assertTrue(html.contains("Mean over the replications of each one&#39;s peak."));
        assertTrue(html.contains("<h2 id=\"weekly-sla-heading\">SLA attainment by 2 weeks</h2>"));
        Matcher data = DATA.matcher(html);
        assertTrue(data.find());
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        assertEquals(2, json.at("/backlog/stepsPerPoint").asInt());
        assertEquals("2 hours", json.at("/backlog/interval").asText());
        assertEquals("[1.5,4,0.5]", json.at("/backlog/series/EMEA").toString(), "the mean of the replications' peaks");
        assertEquals(2, json.get("weeksPerPoint").asInt());
    }

    @Test
    void durationsAreWrittenForPeople() {
        assertEquals("2 hours", HtmlReport.duration(java.time.Duration.ofHours(2)));
        assertEquals("1 day", HtmlReport.duration(java.time.Duration.ofDays(1)));
        assertEquals("30 minutes", HtmlReport.duration(java.time.Duration.ofMinutes(30)));
        assertEquals("8 h 32 min", HtmlReport.duration(java.time.Duration.ofMinutes(512)));
        assertEquals("1 d 12 h", HtmlReport.duration(java.time.Duration.ofHours(36)));
        assertEquals("1 min 4 s", HtmlReport.duration(java.time.Duration.ofSeconds(64)));
    }
}
