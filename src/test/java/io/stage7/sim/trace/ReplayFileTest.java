package io.stage7.sim.trace;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replay file: every kind of value comes back as parsed, and the order is that of a stable
 * sort by submission instant, whether the records came in order, in one sorted chunk, or in many
 * chunks merged with ties across them.
 */
class ReplayFileTest {
    private static final Rules RULES = Rules.load(Path.of("src/test/resources/eval-cli/rules")).rules().orElseThrow();
    private static final RecordSchema SCHEMA = RULES.schema().withDefault("Opportunity").orElseThrow();
    private static final RecordType TYPE = SCHEMA.defaultType();

    private static DataRecord decodeEncoded(DataRecord record) throws IOException {
        RecordCodec codec = new RecordCodec(record.type());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(record, new DataOutputStream(bytes));
        ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
        DataRecord back = codec.read(buffer);
        assertFalse(buffer.hasRemaining(), "decoding reads exactly what encoding wrote");
        return back;
    }

    @Test
    void everyKindOfValueSurvivesTheBinaryForm() throws IOException {
        LoadedRecords loaded = RecordFiles.parse("d.csv", """
                Id,Name,Account,Account.Industry,Account.Requires_PO__c,Region,Amount,Discount,Seats,CloseDate,SubmittedAt,Cutoff__c,Products,Signed__c
                OPP-1,"Acme, Inc. 😀",001A,Retail,TRUE,EMEA,1250.50,15%,12,2026-03-31,2026-03-31T16:45:00.123456789-07:00,16:30:15.5,SaaS;Support,true
                OPP-2,,,,,,,0.15,,,,,,
                OPP-3,x,,,,,-1234567890.10,0,-0,1969-12-31,1960-01-01T00:00:00Z,00:00,,false
                """, RecordFiles.Format.CSV, SCHEMA);
        assertEquals(List.of(), loaded.problems());
        for (DataRecord record : loaded.records()) {
            DataRecord back = decodeEncoded(record);
            assertEquals(record.toString(), back.toString());
            for (int slot = 0; slot < TYPE.size(); slot++) {
                Object value = record.value(slot);
                Object again = back.value(slot);
                assertEquals(value == null ? null : value.getClass(), again == null ? null : again.getClass(), TYPE.path(slot));
                assertEquals(value, again, TYPE.path(slot) + " of " + record.id() + ", scale included for numbers");
            }
        }
        assertEquals(new BigDecimal("-1234567890.10"), decodeEncoded(loaded.records().get(2)).value("Amount"));
        // Wider than 64 bits: no field of these rules holds it, but a record built in code may.
        DataRecord big = DataRecord.builder(TYPE).id("BIG").set("Amount", new BigDecimal("-123456789012345678901234567890.0001"))
                .build();
        assertEquals(new BigDecimal("-123456789012345678901234567890.0001"), decodeEncoded(big).value("Amount"));
        DataRecord first = decodeEncoded(loaded.records().get(0));
        assertEquals(Instant.parse("2026-03-31T23:45:00.123456789Z"), first.value("SubmittedAt"));
        assertEquals(LocalTime.of(16, 30, 15, 500_000_000), first.value("Cutoff__c"));
        assertEquals(LocalDate.of(2026, 3, 31), first.value("CloseDate"));
        assertEquals(new TreeSet<>(Set.of("SaaS", "Support")), first.value("Products"));
        assertEquals(Boolean.FALSE, decodeEncoded(loaded.records().get(1)).value("Signed__c"));
    }

    private record Entry(long millis, DataRecord record) {
    }

    private static List<Entry> random(int count, int distinctTimes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long at = 1_776_000_000_000L + random.nextInt(distinctTimes) * 60_000L;
            DataRecord record = DataRecord.builder(TYPE).id("R" + i).set("Amount", BigDecimal.valueOf(random.nextInt(100_000), 2))
                    .set("Name", "name " + "x".repeat(random.nextInt(40))).set("SubmittedAt", Instant.ofEpochMilli(at)).build();
            entries.add(new Entry(at, record));
        }
        return entries;
    }

    private static List<String> replayed(List<Entry> entries, Path temp, int chunkEntries, int chunkBytes,
                                         boolean expectResorted) throws IOException {
        ReplayFile replay;
        try (ReplayFile.Writer writer = new ReplayFile.Writer(TYPE, temp, chunkEntries, chunkBytes)) {
            for (Entry entry : entries) {
                writer.add(entry.millis(), entry.record());
            }
            replay = writer.finish();
        }
        List<String> ids = new ArrayList<>();
        try (replay) {
            assertEquals(expectResorted, replay.resorted());
            assertEquals(entries.size(), replay.size());
            try (var files = Files.list(temp)) {
                assertEquals(1, files.count(), "only the replay file is left");
            }
            try (ReplayFile.Reader reader = replay.open()) {
                for (DataRecord record = reader.next(); record != null; record = reader.next()) {
                    assertEquals(((Instant) record.value("SubmittedAt")).toEpochMilli(), reader.millis());
                    ids.add(record.id());
                }
                assertNull(reader.next(), "stays at the end");
            }
        }
        try (var files = Files.list(temp)) {
            assertFalse(files.findAny().isPresent(), "closing deletes the replay file");
        }
        return ids;
    }

    private static List<String> stableSorted(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparingLong(Entry::millis)).map(e -> e.record().id()).toList();
    }

    @Test
    void recordsInOrderAreReplayedAsWritten(@TempDir Path temp) throws IOException {
        List<Entry> entries = new ArrayList<>(random(2_000, 300, 1));
        entries.sort(Comparator.comparingLong(Entry::millis));
        assertEquals(entries.stream().map(e -> e.record().id()).toList(), replayed(entries, temp, 100, 1 << 20, false));
    }

    @Test
    void oneChunkSortsLikeAStableSort(@TempDir Path temp) throws IOException {
        List<Entry> entries = random(3_000, 200, 2);
        assertEquals(stableSorted(entries), replayed(entries, temp, 10_000, 1 << 20, true));
    }

    @Test
    void manyChunksMergeLikeAStableSortWithTiesAcrossChunks(@TempDir Path temp) throws IOException {
        // Twenty instants for 5,000 records: every instant has records in every chunk, so the merge's tie-break orders them.
        List<Entry> entries = random(5_000, 20, 3);
        assertEquals(stableSorted(entries), replayed(entries, temp, 256, 1 << 20, true), "chunks by count");
    }

    @Test
    void chunksAreAlsoBoundedInBytes(@TempDir Path temp) throws IOException {
        List<Entry> entries = random(3_000, 50, 4);
        assertEquals(stableSorted(entries), replayed(entries, temp, 100_000, 4_096, true), "chunks of about 40 records");
    }

    @Test
    void recordsLargerThanTheReadBufferComeBackWhole(@TempDir Path temp) throws IOException {
        List<Entry> entries = new ArrayList<>(random(300, 30, 5));
        DataRecord huge = DataRecord.builder(TYPE).id("HUGE").set("Name", "é".repeat(150_000))
                .set("SubmittedAt", Instant.ofEpochMilli(entries.get(100).millis())).build();
        entries.add(200, new Entry(entries.get(100).millis(), huge));
        assertEquals(stableSorted(entries), replayed(entries, temp, 64, 1 << 20, true));
        try (ReplayFile.Writer writer = new ReplayFile.Writer(TYPE, temp)) {
            writer.add(1, huge);
            writer.add(2, huge);
            try (ReplayFile replay = writer.finish(); ReplayFile.Reader reader = replay.open()) {
                assertEquals(huge.toString(), reader.next().toString());
                assertEquals(huge.toString(), reader.next().toString());
                assertNull(reader.next());
            }
        }
    }

    @Test
    void anEmptyReplayHasNoRecords(@TempDir Path temp) throws IOException {
        assertTrue(replayed(List.of(), temp, 10, 10, false).isEmpty());
    }
}
