package io.stage7.sim.model;

import io.stage7.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.records.JsonLinesWriter;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.scenario.FieldSpec;
import io.stage7.scenario.Load;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DeskModel#sampleSubmissions}: the synthetic load sampled on its own is the first
 * submissions of a run with the same seed, and those records, written as a trace and replayed,
 * are submitted again exactly, at their instants. On the shipped default scenario (every kind of
 * field spec, lookups, blanks) over two weeks of March with no warm-up, so that every submission
 * is counted and reported.
 */
class LoadSampleTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant END = Instant.parse("2026-03-16T00:00:00Z");
    private static final Rules RULES = Rules.load(Fixtures.RULES).rules().orElseThrow();

    /** scenarios/default.yaml over [START, END), no warm-up, with another load. */
    private static Scenario defaults(Load load) {
        Scenario file = ScenarioReader.read(Fixtures.DEFAULT_SCENARIO).scenario().orElseThrow();
        return new Scenario(file.source(), file.name(), file.rulesDir(), START, END, Duration.ZERO, file.seed(),
                file.regions(), load, file.service(), file.rework(), file.billing(), file.coverage(), file.chatter(),
                file.timeStep());
    }

    private static Scenario defaults() {
        return defaults(ScenarioReader.read(Fixtures.DEFAULT_SCENARIO).scenario().orElseThrow().load());
    }

    private static DeskModel model(Scenario scenario, List<DataRecord> trace) {
        DeskModel.Preparation prepared = DeskModel.prepare(scenario, RULES.checked(), RULES.evaluator(), trace);
        assertTrue(prepared.problems().isEmpty(), prepared.problems().toString());
        return prepared.model().orElseThrow();
    }

    private static List<DataRecord> sample(DeskModel model, Instant from, Instant to) {
        List<DataRecord> records = new ArrayList<>();
        long count = model.sampleSubmissions(0, from, to, records::add);
        assertEquals(records.size(), count, "the count returned is the records passed on");
        return records;
    }

    /** Id to submission instant, in submission order. */
    private static Map<String, Instant> submitted(List<DataRecord> records) {
        Map<String, Instant> times = new LinkedHashMap<>();
        records.forEach(r -> times.put(r.id(), (Instant) r.value("SubmittedAt")));
        return times;
    }

    /** Id to submission instant of the first attempts a run reported. */
    private static Map<String, Instant> firstAttempts(Recorder run) {
        Map<String, Instant> times = new LinkedHashMap<>();
        run.attempts.stream().filter(row -> row.attempt() == 1)
                .forEach(row -> times.put(row.opportunity(), Instant.ofEpochMilli(row.submitted())));
        return times;
    }

    /** Equal as the rules see them: decimals by value, an empty selection as blank. */
    private static void assertSameRecord(DataRecord expected, DataRecord actual) {
        assertEquals(expected.id(), actual.id());
        for (int slot = 0; slot < expected.type().size(); slot++) {
            Object a = blankIfEmpty(expected.value(slot));
            Object b = blankIfEmpty(actual.value(slot));
            boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
            assertTrue(same, expected.id() + " " + expected.type().path(slot) + ": " + a + " then " + b);
        }
    }

    private static Object blankIfEmpty(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() ? null : value;
    }

    @Test
    void theSampleIsTheFirstSubmissionsOfARunWithTheSameSeedAndWindow() {
        DeskModel model = model(defaults(), List.of());
        List<DataRecord> sample = sample(model, START, END);
        Recorder run = new Recorder();
        RunTotals totals = model.run(0, run);
        assertTrue(sample.size() > 400, "two weeks of the default load: " + sample.size());
        assertEquals(sample.size(), totals.opportunities(), "one first submission per sampled record");
        assertEquals(submitted(sample), firstAttempts(run), "the same ids at the same instants");
        for (AttemptRow row : run.attempts) {
            assertTrue(row.opportunity().startsWith(row.source() + "-"), "ids name their source: " + row);
        }
    }

    @Test
    void aWindowSelectsThatStretchOfTheSampleWithTheRunsOwnIds() {
        DeskModel model = model(defaults(), List.of());
        Instant from = Instant.parse("2026-03-05T12:00:00Z");
        Instant to = Instant.parse("2026-03-09T12:00:00Z");
        List<DataRecord> whole = sample(model, START, END);
        List<DataRecord> window = sample(model, from, to);
        List<DataRecord> inside = whole.stream().filter(r -> {
            Instant at = (Instant) r.value("SubmittedAt");
            return !at.isBefore(from) && at.isBefore(to);
        }).toList();
        assertTrue(!window.isEmpty() && window.size() < whole.size());
        assertEquals(inside.size(), window.size());
        for (int i = 0; i < inside.size(); i++) {
            assertSameRecord(inside.get(i), window.get(i));
        }
    }

    @Test
    void aSampleWrittenAsATraceAndReplayedIsSubmittedExactlyAtItsInstants() {
        List<DataRecord> sample = sample(model(defaults(), List.of()), START, END);
        StringBuilder text = new StringBuilder();
        sample.forEach(record -> text.append(JsonLinesWriter.line(record)).append('\n'));
        LoadedRecords trace = RecordFiles.parse("trace.jsonl", text.toString(), RecordFiles.Format.JSON_LINES,
                RULES.schema().withDefault("Opportunity").orElseThrow());
        assertTrue(trace.isClean(), trace.problems().toString());
        assertEquals(sample.size(), trace.records().size());
        for (int i = 0; i < sample.size(); i++) {
            assertSameRecord(sample.get(i), trace.records().get(i));
        }

        DeskModel replay = model(defaults(new Load.Trace("Opportunity", Path.of("trace.jsonl"))), trace.records());
        Recorder run = new Recorder();
        RunTotals totals = replay.run(0, run);
        assertEquals(0, replay.traceOutsideHorizon());
        assertEquals(sample.size(), totals.opportunities());
        assertEquals(submitted(sample), firstAttempts(run), "every record submitted once, at its SubmittedAt");
        assertTrue(run.attempts.stream().allMatch(row -> row.source().equals("trace")));
    }

    @Test
    void theSubmissionInstantIsWrittenEvenWhereTheScenarioDoesNotDrawIt() {
        Load.Synthetic drawn = (Load.Synthetic) defaults().load();
        Map<String, FieldSpec> fields = new LinkedHashMap<>(drawn.fields());
        fields.remove("SubmittedAt");
        Load.Synthetic undrawn = new Load.Synthetic(drawn.object(), drawn.sources(), drawn.intraday(),
                drawn.periodEndMultiplier(), fields);
        List<DataRecord> expected = sample(model(defaults(), List.of()), START, END);
        List<DataRecord> actual = sample(model(defaults(undrawn), List.of()), START, END);
        assertEquals(submitted(expected), submitted(actual));
    }

    @Test
    void aTraceScenarioHasNoSyntheticLoadToSample() {
        DeskModel replay = model(defaults(new Load.Trace("Opportunity", Path.of("trace.jsonl"))), List.of());
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> replay.sampleSubmissions(0, START, END, record -> { }));
        assertTrue(thrown.getMessage().contains("no synthetic load"), thrown.getMessage());
        assertEquals(java.util.Optional.of("SubmittedAt"), replay.submissionField());
    }
}
