package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Reads a data file once, start to end, in memory that does not grow with the file, and does a
 * piece of work on each valid record on several threads, handing every row back in file order.
 * This is how {@code stage7 eval} gets through an export of any size on every core, with output
 * in the same order as the input, whatever the number of threads.
 *
 * <p>The calling thread reads rows' text off the file (finding where a row ends is sequential,
 * and cheap); batches of rows go to worker threads, which parse each row (values by their types,
 * the costly part) and do the work on it when it is a record; the calling thread takes the
 * batches back in order, checks each id against those before it (the first row with an id keeps
 * it, as {@link RecordFiles#read} decides), and passes each row to the handler. At most two
 * batches a thread are in flight, each of at most {@link #BATCH_ROWS} rows and about
 * {@link #BATCH_BYTES} of text, so memory holds a few thousand rows at most, plus the ids seen
 * ({@link IdIndex}, about 25 bytes an id).
 *
 * <p>Every row read is handed back exactly once, as a record or as a rejected row with its
 * problems, and the {@link Outcome} counts them: {@code read = records + rejected}. The
 * pipeline checks that it delivered as many rows as it read and fails loudly otherwise.
 */
public final class RecordPipeline {
    /** Rows in one batch: enough to make a hand-over cheap, few enough to keep memory small. */
    static final int BATCH_ROWS = 256;
    /**
     * Bytes of text in one batch at most (or one row, when a row is longer): rows of several
     * megabytes each, which a data file may hold, must not make batches of gigabytes.
     */
    static final long BATCH_BYTES = 1 << 20;

    private RecordPipeline() {
    }

    /**
     * What is done with the rows.
     *
     * @param <R> the result of the work on one record
     */
    public interface Handler<R> {
        /** The work on one valid record, done on any thread (so it must be thread-safe). */
        R work(DataRecord record);

        /**
         * Whether valid records still need their work; once false (say, a bad row means the
         * results will not be used), records come to {@link #row} without it. Read from worker
         * threads, so an implementation answers from a volatile field.
         */
        default boolean wantsWork() {
            return true;
        }

        /**
         * Every row, in file order, on the calling thread. {@code result} is the work's result
         * when the row is a record (its id checked against the rows before it) and the work was
         * wanted; null otherwise.
         */
        void row(RecordStream.Row row, R result);
    }

    /**
     * How the reading went.
     *
     * @param read         rows read (blank lines are not rows)
     * @param records      rows that were records
     * @param rejected     rows that were not, each handed to {@link Handler#row} with its problems
     * @param fileProblems problems of the file as a whole, in file order (see {@link RecordStream#fileProblems})
     * @param problemsBeforeRows how many of {@code fileProblems} were met before the first row (a
     *                     CSV header's): they come before every row's problems in file order, the
     *                     others after
     * @param notText      the problem that keeps the file's bytes from being text, if any: it
     *                     outranks every other ({@link RecordFiles#read} reports it alone)
     */
    public record Outcome(long read, long records, long rejected, List<Diagnostic> fileProblems,
                          int problemsBeforeRows, Optional<Diagnostic> notText) {
        public Outcome {
            fileProblems = List.copyOf(fileProblems);
            Objects.requireNonNull(notText, "notText");
            if (read != records + rejected) {
                throw new IllegalStateException("rows lost: " + read + " read, " + records + " records, "
                        + rejected + " rejected");
            }
        }
    }

    /**
     * Reads {@code file} (its format by its extension, as {@link RecordStream#open}) with
     * {@code threads} threads doing the work (1: all on the calling thread).
     *
     * @param shown the file name as diagnostics show it
     * @throws IOException only when the file cannot be opened or read
     */
    public static <R> Outcome run(Path file, String shown, RecordSchema schema, int threads, Handler<R> handler)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return run(RecordStream.open(file, shown, schema), threads, handler);
    }

    /** As {@link #run(Path, String, RecordSchema, int, Handler)}, over a stream already open (standard input, say); closes it. */
    public static <R> Outcome run(RecordStream opened, int threads, Handler<R> handler) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        try (RecordStream stream = opened) {
            return threads == 1 ? new Run<>(stream, handler).inline() : new Run<>(stream, handler).parallel(threads);
        }
    }

    /** One reading: the stream, the ids seen, and the counts. */
    private static final class Run<R> {
        private final RecordStream stream;
        private final Handler<R> handler;
        private final IdIndex ids = new IdIndex();
        private long read;
        private long delivered;
        private long records;
        private long rejected;
        private final int problemsBeforeRows;

        Run(RecordStream stream, Handler<R> handler) {
            this.stream = stream;
            this.handler = handler;
            this.problemsBeforeRows = stream.fileProblems().size();
        }

        Outcome inline() throws IOException {
            List<RowParser.Unparsed> batch;
            while (!(batch = nextBatch()).isEmpty()) {
                deliver(work(batch));
            }
            return outcome();
        }

        Outcome parallel(int threads) throws IOException {
            ExecutorService workers = Executors.newFixedThreadPool(threads, daemons());
            try {
                ArrayDeque<Future<Done<R>>> inFlight = new ArrayDeque<>();
                List<RowParser.Unparsed> batch;
                while (!(batch = nextBatch()).isEmpty()) {
                    List<RowParser.Unparsed> rows = batch;
                    inFlight.add(workers.submit(() -> work(rows)));
                    if (inFlight.size() >= 2 * threads) {
                        deliver(take(inFlight.poll()));
                    }
                }
                while (!inFlight.isEmpty()) {
                    deliver(take(inFlight.poll()));
                }
                return outcome();
            } finally {
                workers.shutdownNow();
            }
        }

        private List<RowParser.Unparsed> nextBatch() throws IOException {
            List<RowParser.Unparsed> batch = new ArrayList<>(BATCH_ROWS);
            long bytes = 0;
            RowParser.Unparsed row;
            while (batch.size() < BATCH_ROWS && bytes < BATCH_BYTES && (row = stream.nextUnparsed()) != null) {
                batch.add(row);
                bytes += row.weight();
            }
            read += batch.size();
            return batch;
        }

        /** A batch parsed, with the work's result for each row that is a record. */
        private record Done<R>(List<RecordStream.Row> rows, List<R> results) {
        }

        private Done<R> work(List<RowParser.Unparsed> batch) {
            List<RecordStream.Row> rows = new ArrayList<>(batch.size());
            List<R> results = new ArrayList<>(batch.size());
            for (RowParser.Unparsed unparsed : batch) {
                RecordStream.Row row = stream.parse(unparsed);
                rows.add(row);
                results.add(row.record().isPresent() && handler.wantsWork() ? handler.work(row.record().get()) : null);
            }
            return new Done<>(rows, results);
        }

        private void deliver(Done<R> done) {
            for (int i = 0; i < done.rows().size(); i++) {
                RecordStream.Row row = done.rows().get(i);
                R result = done.results().get(i);
                if (row.id().isPresent()) {
                    int firstLine = ids.firstLine(row.id().get(), row.line());
                    if (firstLine >= 0) {
                        row = row.duplicateOf(firstLine);
                        result = null;
                    }
                }
                delivered++;
                if (row.record().isPresent()) {
                    records++;
                } else {
                    rejected++;
                }
                handler.row(row, result);
            }
        }

        private Outcome outcome() {
            if (delivered != read) {
                throw new IllegalStateException("rows lost between reading and delivery: " + read + " read, "
                        + delivered + " delivered");
            }
            return new Outcome(read, records, rejected, stream.fileProblems(), problemsBeforeRows, stream.notText());
        }

        private static <R> Done<R> take(Future<Done<R>> batch) {
            try {
                return batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating records", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error; // out of memory above all: the command line words it
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }

        private static ThreadFactory daemons() {
            return task -> {
                Thread thread = new Thread(task, "stage7-records");
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
