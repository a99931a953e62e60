package io.stage7.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A large JSON Lines export of the shipped trace's shape, generated: the 1,527 opportunities of
 * {@code data/trace-march-2026.jsonl} again and again (about 835 bytes each), each copy's ids
 * prefixed {@code R<copy>-} so that every id is unique, until the file reaches the size asked.
 * Same size, same bytes. {@link EvalStreamBenchmark} makes one in its setup; for a run of the
 * command line, {@code java -cp benchmarks/target/benchmarks.jar io.stage7.bench.LargeExport 1024 FILE}
 * writes a 1 GB one.
 */
public final class LargeExport {
    private LargeExport() {
    }

    /** Writes at least {@code megabytes} MB (whole copies of the trace's lines, so a little more); returns the rows written. */
    static long write(Path file, long megabytes) throws IOException {
        List<String> trace = Files.readAllLines(Stage7Files.resolve("data/trace-march-2026.jsonl"), StandardCharsets.UTF_8);
        long target = megabytes << 20;
        long written = 0;
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; written < target; copy++) {
                for (String line : trace) {
                    String renamed = line.replaceFirst("\"Id\":\"", "\"Id\":\"R" + copy + "-");
                    out.write(renamed);
                    out.write('\n');
                    written += renamed.length() + 1; // the trace is ASCII: a char is a byte
                    rows++;
                }
            }
        }
        return rows;
    }

    /** {@code LargeExport MEGABYTES FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LargeExport MEGABYTES FILE");
            System.exit(2);
        }
        long rows = write(Path.of(args[1]), Long.parseLong(args[0]));
        System.out.println(rows + " rows, " + Files.size(Path.of(args[1])) + " bytes: " + args[1]);
    }
}
