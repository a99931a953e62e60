package io.stage7.cli;

import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Decision;
import io.stage7.records.RecordFiles;
import io.stage7.records.PriorVersions;
import io.stage7.records.RecordPipeline;
import io.stage7.records.RecordStream;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.LongAdder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@code eval} over a data file, read once in memory that does not grow with the file
 * ({@link RecordPipeline}), on {@code threads} threads, with the output in file order.
 *
 * <p>What it prints is what {@code eval} printed when it read the whole file before evaluating
 * anything, word for word, because the decision to print depends on rows yet to come: a bad row
 * anywhere means nothing is evaluated (unless {@code --skip-invalid}), a problem of the file as a
 * whole (a quote that never closes) means nothing is evaluated at all, and bytes that are not
 * UTF-8 are reported alone. So the rows' problems, the rows skipped and the output wait in
 * {@link Spool}s, and are printed once the last row is read. Once a bad row means the output
 * will not be printed, the records that follow are only checked, not evaluated.
 */
final class StreamedEval<R> implements RecordPipeline.Handler<R> {
    private final DataOptions data;
    private final DataOptions.Ruled ruled;
    private final DecisionOutput<R> output;
    private final Spool problems = new Spool();
    private final Spool skipped = new Spool();
    private volatile boolean wanted = true;
    private long evaluated;
    private long rejected;
    /** Records with an error-level violation, and with any violation: what {@code --fail-on} reads. */
    private final LongAdder withErrors = new LongAdder();
    private final LongAdder withViolations = new LongAdder();

    /** How many evaluated records violate an error-level requirement, and any requirement. */
    record Violating(long errors, long any) {
    }
    /** With {@code --prior}: the object of each record that has a prior version, and the ids of rejected rows. */
    private final Map<String, String> priorObjects = new HashMap<>();
    private final Set<String> rejectedIds = new HashSet<>();

    StreamedEval(DataOptions data, DataOptions.Ruled ruled, DecisionOutput<R> output) {
        this.data = data;
        this.ruled = ruled;
        this.output = output;
    }

    /** Reads, evaluates and prints; returns the exit code. */
    int run(int threads, PrintWriter out, PrintWriter err) {
        String shown = data.shown();
        RecordPipeline.Outcome outcome;
        try {
            outcome = RecordPipeline.run(data.openRecords(ruled.schema()), threads, this);
        } catch (IOException e) {
            err.println(RecordFiles.unreadable(shown, e));
            err.println(data.wholeFileProblems());
            return Main.INPUT_ERRORS;
        }
        if (outcome.notText().isPresent()) {
            // Bytes that are not text leave no row to trust: that problem alone, as before streaming.
            err.println(outcome.notText().get());
            err.println(data.wholeFileProblems());
            return Main.INPUT_ERRORS;
        }
        // File problems met before the first row (a CSV header's) come first, the rows' next, and
        // those met at the end (a quote never closed, on a line after every row read) last: file order.
        List<Diagnostic> fileProblems = outcome.fileProblems();
        fileProblems.subList(0, outcome.problemsBeforeRows()).forEach(err::println);
        problems.copyTo(err);
        fileProblems.subList(outcome.problemsBeforeRows(), fileProblems.size()).forEach(err::println);
        if (!fileProblems.isEmpty()) {
            err.println(data.wholeFileProblems());
            return Main.INPUT_ERRORS;
        }
        if (rejected > 0 && !data.skipInvalid) {
            err.println(data.invalidRows(rejected, outcome.records()));
            return Main.INPUT_ERRORS;
        }
        if (rejected > 0) {
            err.print(data.skippedPrefix(rejected));
            skipped.copyTo(err);
            err.println();
        }
        PriorVersions priors = ruled.priors();
        if (!data.priorsMatch(priors, priors.mismatches(shown, priorObjects, rejectedIds), err)) {
            return Main.INPUT_ERRORS;
        }
        output.print(out, new DecisionOutput.RowCount(outcome.read(), evaluated, rejected));
        return Main.OK;
    }

    @Override
    public R work(DataRecord record) {
        if (!priorFits(record)) {
            return null; // a mismatch the run reports at the end; nothing is evaluated then
        }
        Decision decision = ruled.rules().evaluate(record, ruled.contextFor(record));
        if (!decision.violations().isEmpty()) {
            withViolations.increment();
            if (decision.hasErrors()) {
                withErrors.increment();
            }
        }
        return output.render(record.type().object().name(), decision);
    }

    /** Once {@link #run} returned OK: the records that violate requirements, for {@code --fail-on}. */
    Violating violating() {
        return new Violating(withErrors.sum(), withViolations.sum());
    }

    @Override
    public boolean wantsWork() {
        return wanted;
    }

    @Override
    public void row(RecordStream.Row row, R result) {
        if (row.record().isPresent()) {
            DataRecord record = row.record().get();
            if (ruled.priors().of(record).isPresent()) {
                priorObjects.put(record.id(), record.type().object().name());
                if (!priorFits(record)) {
                    wanted = false; // the prior version is of another object: nothing will be printed
                }
            }
            if (wanted) {
                if (result == null) {
                    throw new IllegalStateException("line " + row.line() + " is a record but was not evaluated");
                }
                output.add(result);
                evaluated++;
            }
            return;
        }
        rejected++;
        if (data.prior != null) {
            row.id().ifPresent(rejectedIds::add);
        }
        for (Diagnostic problem : row.problems()) {
            problems.write(problem + System.lineSeparator());
        }
        skipped.write((rejected == 1 ? "" : ", ") + row.rejected().describe());
        if (!data.skipInvalid) {
            wanted = false; // nothing will be printed: the rows that follow are only checked
        }
    }

    /** Whether the record's prior version, if any, is of the record's own object. */
    private boolean priorFits(DataRecord record) {
        return ruled.priors().of(record).map(prior -> prior.type() == record.type()).orElse(true);
    }

    /** Deletes the spools. */
    void close() {
        try {
            problems.close();
            skipped.close();
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a temporary file", e);
        }
    }
}
