package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code table} form of {@code eval}, for people: a row per record with its queue, priority,
 * complexity and the requirements that fired (warnings marked), in aligned columns, then a count
 * of records with errors, with warnings only, clean, and with rules that failed to evaluate.
 */
final class DecisionTable {
    private static final List<String> HEADER = List.of("ID", "OBJECT", "QUEUE", "PRIORITY", "COMPLEXITY", "VIOLATIONS");

    private final List<List<String>> rows = new ArrayList<>();
    private int errors;
    private int warningsOnly;
    private int clean;
    private int failed;

    void add(String object, Decision decision) {
        List<String> parts = new ArrayList<>();
        for (Violation violation : decision.violations()) {
            parts.add(violation.requirement() + (violation.isError() ? "" : " (warning)"));
        }
        for (RuleFailure failure : decision.failures()) {
            parts.add(failure.rule() + " (failed: " + failure.message() + ")");
        }
        rows.add(List.of(decision.recordId(), object,
                routes(decision, Route::queue),
                routes(decision, r -> r.priority().map(p -> p.toPlainString()).orElse("-")),
                routes(decision, r -> r.complexity().orElse("-")),
                parts.isEmpty() ? "-" : String.join(", ", parts)));
        if (decision.hasErrors()) {
            errors++;
        } else if (!decision.violations().isEmpty()) {
            warningsOnly++;
        } else {
            clean++;
        }
        if (!decision.failures().isEmpty()) {
            failed++;
        }
    }

    private static String routes(Decision decision, java.util.function.Function<Route, String> part) {
        return decision.routes().isEmpty() ? "-" : decision.routes().stream().map(part).collect(Collectors.joining("; "));
    }

    String render() {
        int[] widths = new int[HEADER.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        int total = rows.size();
        out.append(total).append(total == 1 ? " record: " : " records: ").append(errors).append(" with errors, ")
                .append(warningsOnly).append(" with warnings only, ").append(clean).append(" clean");
        if (failed > 0) {
            out.append(", ").append(failed).append(" with rules that failed to evaluate");
        }
        return out.append('\n').toString();
    }
}
