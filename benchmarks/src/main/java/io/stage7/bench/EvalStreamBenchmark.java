package io.stage7.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stage7.cli.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code stage7 eval} end to end on a generated JSON Lines export ({@link LargeExport}, {@code
 * megabytes} MB of the shipped trace's shape, about 1,250 rows a megabyte) against the team
 * rules, in a JVM whose heap is limited to 64 MB: the command as a user runs it (load and compile
 * the rules, read, evaluate and write every record, here to a writer that discards), with
 * {@code threads} threads and the default JSON Lines output or {@code --summary}. The baseline,
 * {@link #jacksonParseOnly}, is a loop that only parses the same file with Jackson's streaming
 * parser, token by token, on one thread: the least any JSON reader must do. Each operation is
 * one pass over the file; records per second are {@link #rows} divided by the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class EvalStreamBenchmark {
    @Param({"128"})
    long megabytes;

    @Param({"2"})
    int threads;

    @Param({"jsonl", "summary"})
    String output;

    Path dir;
    Path file;
    /** Rows in the file: records per second are this divided by an operation's time. */
    long rows;
    String[] command;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("stage7-eval-bench");
        file = dir.resolve("export.jsonl");
        rows = LargeExport.write(file, megabytes);
        String rules = Stage7Files.resolve("rules").toString();
        command = output.equals("summary")
                ? new String[]{"eval", "--rules", rules, "--at", "2026-03-31T22:00:00Z", "--threads", Integer.toString(threads),
                        "--summary", file.toString()}
                : new String[]{"eval", "--rules", rules, "--at", "2026-03-31T22:00:00Z", "--threads", Integer.toString(threads),
                        file.toString()};
        System.out.println("# " + rows + " rows, " + Files.size(file) + " bytes");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public int eval() {
        StringWriter err = new StringWriter();
        int code = Main.run(command, new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
        if (code != Main.OK) {
            throw new IllegalStateException("eval exited " + code + ": " + err);
        }
        return code;
    }

    @Benchmark
    public long jacksonParseOnly() throws IOException {
        long records = 0;
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (token == JsonToken.START_OBJECT && depth++ == 0) {
                    records++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING) {
                    tokens += parser.getTextLength(); // the text is decoded, as any reader must
                }
            }
        }
        if (records != rows) {
            throw new IllegalStateException("parsed " + records + " records, expected " + rows);
        }
        return tokens;
    }
}
