package io.stage7.sim.trace;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.eval.DataRecord;
import io.stage7.records.RecordSchema;
import io.stage7.records.RecordStream;
import io.stage7.sim.model.TraceReplayException;
import io.stage7.sim.model.TraceSource;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trace file that a scenario replays, never held in memory. {@link #scan} reads the file once,
 * row by row, before any run: it checks every row and writes the records of the horizon to a
 * temporary {@link ReplayFile} in submission order (sorting it on disk when the trace is not in
 * that order). Every replication then reads that file through its own cursor, one record at a
 * time, without parsing text again. The memory of a run therefore grows with the work in flight,
 * not with the length of the trace or of the horizon.
 *
 * <p>The scan reports every problem a row has (as {@link io.stage7.records.RecordFiles#read}
 * words them: unknown columns, values that do not fit, missing and duplicate ids), plus a row of
 * another object than the load's and a row without a submission instant. To find duplicate ids
 * it keeps 8 bytes a row, a fingerprint of each id ({@link IdPrints}).
 *
 * <p>Records submitted at the same instant replay in the file's order. The trace file itself is
 * not read again after the scan, so it may change while the runs go on. {@link #close} deletes
 * the replay file; until then it takes about half the trace's size on disk.
 */
public final class TraceFile implements TraceSource, Closeable {

    /** At most this many problems are kept; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;

    private final String shown;
    private final Checked checked;
    private final ReplayFile replay;
    private final long outside;

    private TraceFile(String shown, Checked checked, ReplayFile replay, long outside) {
        this.shown = shown;
        this.checked = checked;
        this.replay = replay;
        this.outside = outside;
    }

    /**
     * What a scan found: the trace, ready to replay, when the file has no problem; else the first
     * {@link #MAX_PROBLEMS} problems in file order and how many more there were.
     *
     * @param rows     the rows read, valid or not
     * @param rejected the rows with a problem
     */
    public record Scan(Optional<TraceFile> trace, List<Diagnostic> problems, long unreported, long rows, long rejected) {
        public Scan {
            Objects.requireNonNull(trace, "trace");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks {@code file} for replay with {@code layout} (every row valid and of the layout's
     * object, each with a submission instant) and, when it is clean, prepares the replay. Problems
     * with the file never throw; the temporary replay file goes to {@code java.io.tmpdir}.
     *
     * @param schema the record layouts, with the load's object as the default one
     * @param shown  the file's name as problems show it
     */
    public static Scan scan(Path file, String shown, RecordSchema schema, Checked layout) {
        return scan(file, shown, schema, layout, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #scan(Path, String, RecordSchema, Checked)} with the replay file in {@code directory}. */
    static Scan scan(Path file, String shown, RecordSchema schema, Checked layout, Path directory) {
        Objects.requireNonNull(layout, "layout");
        Problems problems = new Problems();
        Pass pass = new Pass(layout, problems);
        ReplayFile replay = null;
        try (ReplayFile.Writer writer = new ReplayFile.Writer(layout.type(), directory)) {
            try (RecordStream stream = RecordStream.open(file, shown, schema)) {
                pass.run(stream, shown, writer);
            }
            long[] repeated = pass.prints.repeated();
            if (repeated.length > 0) {
                pass.rejected += duplicates(file, shown, schema, layout, repeated, problems);
            }
            if (problems.count() == 0) {
                replay = writer.finish();
            }
        } catch (IOException e) {
            problems.add(unreadable(shown, e));
        }
        if (replay == null) {
            return problems.scan(Optional.empty(), pass.rows, pass.rejected);
        }
        return problems.scan(Optional.of(new TraceFile(shown, layout, replay, pass.outside)), pass.rows, 0);
    }

    @Override
    public Checked checked() {
        return checked;
    }

    @Override
    public long outsideHorizon() {
        return outside;
    }

    /** The records the runs replay: those submitted inside the horizon. */
    public long replayed() {
        return replay.size();
    }

    /** Whether the trace was out of submission order, so the replay file was sorted. */
    public boolean resorted() {
        return replay.resorted();
    }

    @Override
    public Cursor open() {
        ReplayFile.Reader reader;
        try {
            reader = replay.open();
        } catch (IOException e) {
            throw failed(e);
        }
        return new Cursor() {
            @Override
            public DataRecord next() {
                try {
                    return reader.next();
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            @Override
            public void close() {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // Read-only: a stream that fails to close loses nothing.
                }
            }
        };
    }

    /** Deletes the replay file; cursors open at the time fail. */
    @Override
    public void close() {
        replay.close();
    }

    private TraceReplayException failed(IOException e) {
        String why = e instanceof NoSuchFileException ? "it is gone" : String.valueOf(e.getMessage());
        return new TraceReplayException(shown + ": cannot read the temporary replay file of the trace (" + why
                + "); keep java.io.tmpdir while the simulation runs", e);
    }

    // ------------------------------------------------------------------ the scan

    /** The one pass over the file: rows checked, ids fingerprinted, the horizon's records written. */
    private static final class Pass {
        private final Checked layout;
        private final Problems problems;
        private final IdPrints prints = new IdPrints();
        private final long start;
        private final long end;
        private long rows;
        private long rejected;
        private long outside;

        Pass(Checked layout, Problems problems) {
            this.layout = layout;
            this.problems = problems;
            start = layout.start().toEpochMilli();
            end = layout.end().toEpochMilli();
        }

        void run(RecordStream stream, String shown, ReplayFile.Writer writer) throws IOException {
            for (RecordStream.Row row = stream.next(); row != null; row = stream.next()) {
                rows++;
                row.id().ifPresent(prints::add);
                if (row.record().isEmpty()) {
                    rejected++;
                    problems.addAll(row.problems());
                    continue;
                }
                DataRecord record = row.record().get();
                Optional<String> problem = problem(record, layout);
                if (problem.isPresent()) {
                    rejected++;
                    problems.add(at(shown, row.line(), problem.get()));
                    continue;
                }
                long at = ((Instant) record.value(layout.submissionSlot())).toEpochMilli();
                if (at < start || at >= end) {
                    outside++;
                } else if (problems.count() == 0) {
                    writer.add(at, record); // once the trace has a problem, nothing will be replayed
                }
            }
            problems.addFirst(stream.fileProblems());
        }
    }

    /** Why a valid record cannot be replayed with this layout, if it cannot. */
    private static Optional<String> problem(DataRecord record, Checked layout) {
        if (record.type() != layout.type()) {
            return Optional.of("record " + record.id() + " is a " + record.type().object().name() + "; the trace"
                    + " replays " + layout.type().object().name() + " records");
        }
        if (!(record.value(layout.submissionSlot()) instanceof Instant)) {
            return Optional.of("record " + record.id() + ": " + layout.type().path(layout.submissionSlot())
                    + " is blank; every replayed opportunity needs its submission time");
        }
        return Optional.empty();
    }

    /**
     * Reads the rows whose id fingerprint repeats, and reports those whose id really does; returns
     * how many of those rows had no other problem.
     */
    private static long duplicates(Path file, String shown, RecordSchema schema, Checked layout, long[] repeated,
                                   Problems problems) throws IOException {
        Map<String, Integer> first = new HashMap<>();
        long newlyRejected = 0;
        try (RecordStream stream = RecordStream.open(file, shown, schema)) {
            for (RecordStream.Row row = stream.next(); row != null; row = stream.next()) {
                if (row.id().isEmpty() || Arrays.binarySearch(repeated, IdPrints.fingerprint(row.id().get())) < 0) {
                    continue;
                }
                Integer line = first.putIfAbsent(row.id().get(), row.line());
                if (line == null) {
                    continue;
                }
                if (row.record().isPresent() && problem(row.record().get(), layout).isEmpty()) {
                    newlyRejected++;
                }
                for (Diagnostic problem : row.duplicateOf(line).problems()) {
                    if (problem.code().equals("duplicate-id")) {
                        problems.add(problem);
                    }
                }
            }
        }
        return newlyRejected;
    }

    private static Diagnostic unreadable(String shown, IOException e) {
        String message;
        if (e instanceof ReplayFile.WriteFailed) {
            message = "cannot write the trace's replay file to " + System.getProperty("java.io.tmpdir") + ": "
                    + e.getMessage();
        } else if (e instanceof NoSuchFileException) {
            message = "no such file: " + shown;
        } else {
            message = "cannot read " + shown + ": " + e.getMessage();
        }
        return Diagnostic.error("unreadable", SourceSpan.startOf(shown), message);
    }

    private static Diagnostic at(String shown, int line, String message) {
        return Diagnostic.error("not-replayable", new SourceSpan(shown, line, 1, line, 2, 0, 0), message);
    }

    /** The first problems, and a count of the rest. */
    private static final class Problems {
        private final List<Diagnostic> kept = new ArrayList<>();
        private long count;

        void add(Diagnostic problem) {
            count++;
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(problem);
            }
        }

        void addAll(List<Diagnostic> problems) {
            problems.forEach(this::add);
        }

        /** Problems of the file as a whole: kept whatever the rows had. */
        void addFirst(List<Diagnostic> problems) {
            count += problems.size();
            kept.addAll(0, problems);
        }

        long count() {
            return count;
        }

        Scan scan(Optional<TraceFile> trace, long rows, long rejected) {
            List<Diagnostic> sorted = new ArrayList<>(kept);
            sorted.sort(Diagnostic.ORDER);
            return new Scan(trace, sorted, count - kept.size(), rows, rejected);
        }
    }
}
