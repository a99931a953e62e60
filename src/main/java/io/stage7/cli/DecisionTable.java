package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code table} form of {@code eval}, for people: a row per record with its queue, priority,
 * complexity and the requirements that fired (warnings marked), in aligned columns, then a count
 * of records with errors, with warnings only, clean, and with rules that failed to evaluate.
 * Columns are as wide as their widest cell, which only the last row settles, so the rows wait
 * in a {@link Spool} (one line each, tab-separated) until then.
 */
final class DecisionTable implements DecisionOutput<DecisionTable.Row> {
    private static final List<String> HEADER = List.of("ID", "OBJECT", "QUEUE", "PRIORITY", "COMPLEXITY", "VIOLATIONS");

    private final Spool rows = new Spool();
    private final int[] widths = HEADER.stream().mapToInt(String::length).toArray();
    private final DecisionCounts counts = new DecisionCounts();

    /** One record's cells, and the decision they come from. */
    record Row(List<String> cells, Decision decision) {
    }

    @Override
    public Row render(String object, Decision decision) {
        List<String> parts = new ArrayList<>();
        for (Violation violation : decision.violations()) {
            parts.add(violation.requirement() + (violation.isError() ? "" : " (warning)"));
        }
        for (RuleFailure failure : decision.failures()) {
            parts.add(failure.rule() + " (failed: " + failure.message() + ")");
        }
        return new Row(List.of(decision.recordId(), object,
                routes(decision, Route::queue),
                routes(decision, r -> r.priority().map(p -> p.toPlainString()).orElse("-")),
                routes(decision, r -> r.complexity().orElse("-")),
                parts.isEmpty() ? "-" : String.join(", ", parts)), decision);
    }

    @Override
    public void add(Row row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            widths[i] = Math.max(widths[i], cell.length());
            line.append(i == 0 ? "" : "\t").append(escape(cell));
        }
        rows.write(line.append('\n').toString());
        counts.add(row.decision());
    }

    @Override
    public void print(PrintWriter out, RowCount accounted) {
        out.print(line(HEADER, widths));
        try (BufferedReader spooled = rows.reader()) {
            for (String line = spooled.readLine(); line != null; line = spooled.readLine()) {
                out.print(line(unescape(line), widths));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the table's rows", e);
        }
        out.print(counts.line());
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private static String routes(Decision decision, Function<Route, String> part) {
        return decision.routes().isEmpty() ? "-" : decision.routes().stream().map(part).collect(Collectors.joining("; "));
    }

    /** One row of aligned columns, padded to {@code widths}, without trailing spaces. */
    static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(row.get(i));
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
            }
        }
        return line.toString().stripTrailing() + "\n";
    }

    /** Rows in aligned columns, each as wide as its widest cell. */
    static String aligned(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return rows.stream().map(row -> line(row, widths)).collect(Collectors.joining());
    }

    /** A cell on one line of the spool: backslash, tab and line breaks written as escapes. */
    private static String escape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> unescape(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                cell.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
