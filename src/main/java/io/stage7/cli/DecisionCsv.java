package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.Violation;
import io.stage7.sim.report.Format;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code csv} form of {@code eval}: a header, then one row per record, for a spreadsheet or
 * a database load. {@code errors} and {@code warnings} list the requirements that fired, by
 * name, separated by {@code ;} (as a multi-select picklist is written); the route columns hold
 * the record's route, or its routes separated by {@code ; } when several routing sets apply (as
 * the table shows them); {@code failures} lists {@code rule: message} for each rule that could
 * not be evaluated. Every cell goes through {@link #cell}, the one place that makes text safe
 * for CSV.
 */
final class DecisionCsv {
    static final String HEADER = "id,object,errors,warnings,routing,entry,queue,region,priority,complexity,notBefore,failures";

    private DecisionCsv() {
    }

    static String line(String object, Decision decision) {
        StringBuilder line = new StringBuilder(160);
        line.append(cell(decision.recordId())).append(',').append(cell(object)).append(',')
                .append(cell(violations(decision, true))).append(',')
                .append(cell(violations(decision, false)));
        List<Function<Route, String>> parts = List.of(Route::routing, r -> Integer.toString(r.entry()), Route::queue,
                Route::region, r -> r.priority().map(p -> p.toPlainString()).orElse(""), r -> r.complexity().orElse(""),
                r -> r.notBefore().map(Object::toString).orElse(""));
        for (Function<Route, String> part : parts) {
            line.append(',').append(cell(decision.routes().stream().map(part).collect(Collectors.joining("; "))));
        }
        line.append(',').append(cell(decision.failures().stream().map(f -> f.rule() + ": " + f.message())
                .collect(Collectors.joining("; "))));
        return line.toString();
    }

    private static String violations(Decision decision, boolean errors) {
        return decision.violations().stream().filter(v -> v.isError() == errors).map(Violation::requirement)
                .collect(Collectors.joining(";"));
    }

    /** One cell, quoted as RFC 4180 says when it must be. */
    static String cell(String text) {
        return Format.csv(text);
    }
}
