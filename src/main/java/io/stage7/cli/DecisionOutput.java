package io.stage7.cli;

import io.stage7.eval.Decision;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiFunction;

/**
 * How {@code eval} prints decisions: each is {@linkplain #render rendered} on the thread that
 * evaluated it, {@linkplain #add added} in file order, and the whole {@linkplain #print printed}
 * once the run is known to be complete (until then it waits in a {@link Spool}, or as counts).
 *
 * @param <R> a decision as rendered
 */
interface DecisionOutput<R> extends Closeable {

    /** The decision on a record of {@code object}, rendered; called from any thread. */
    R render(String object, Decision decision);

    /** Adds a rendered decision; called in file order, from one thread. */
    void add(R rendered);

    /** Prints everything added, once; {@code rows} accounts for every row of the file. */
    void print(PrintWriter out, RowCount rows);

    /**
     * Every row of a run: {@code read = evaluated + skipped}.
     *
     * @param read      rows read (blank lines are not rows)
     * @param evaluated rows evaluated, each with a decision in the output
     * @param skipped   invalid rows skipped ({@code --skip-invalid}), each named on stderr with its line
     */
    record RowCount(long read, long evaluated, long skipped) {
        public RowCount {
            if (read != evaluated + skipped) {
                throw new IllegalStateException("rows unaccounted for: " + read + " read, " + evaluated
                        + " evaluated, " + skipped + " skipped");
            }
        }
    }

    /**
     * One line per record ({@code jsonl}, {@code csv}), after an optional header line; {@code
     * line} gives a record's line as UTF-8, with its line break. Each line is escaped for the
     * terminal as it is rendered, on the thread that evaluated it, so the lines are printed as
     * they are once the run is complete.
     */
    static DecisionOutput<byte[]> lines(String header, BiFunction<String, Decision, byte[]> line) {
        return new DecisionOutput<>() {
            private final Spool lines = new Spool();

            {
                if (!header.isEmpty()) {
                    lines.write(TerminalWriter.escape(header) + "\n");
                }
            }

            @Override
            public byte[] render(String object, Decision decision) {
                return TerminalWriter.escape(line.apply(object, decision));
            }

            @Override
            public void add(byte[] rendered) {
                lines.write(rendered);
            }

            @Override
            public void print(PrintWriter out, RowCount rows) {
                lines.copyEscapedTo(out);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
