package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.sim.report.Format;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

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
        List<Route> routes = decision.routes();
        for (int part = 0; part < ROUTE_PARTS; part++) {
            line.append(',').append(cell(routes.size() == 1 ? part(routes.get(0), part) : joined(routes, part)));
        }
        StringJoiner failures = new StringJoiner("; ");
        for (RuleFailure failure : decision.failures()) {
            failures.add(failure.rule() + ": " + failure.message());
        }
        return line.append(',').append(cell(failures.toString())).toString();
    }

    /** The route columns: routing, entry, queue, region, priority, complexity, notBefore. */
    private static final int ROUTE_PARTS = 7;

    private static String part(Route route, int part) {
        return switch (part) {
            case 0 -> route.routing();
            case 1 -> Integer.toString(route.entry());
            case 2 -> route.queue();
            case 3 -> route.region();
            case 4 -> route.priority().map(BigDecimal::toPlainString).orElse("");
            case 5 -> route.complexity().orElse("");
            default -> route.notBefore().map(Object::toString).orElse("");
        };
    }

    /** A route column of several routes (or none), separated by {@code ; } as the table shows them. */
    private static String joined(List<Route> routes, int part) {
        StringJoiner joined = new StringJoiner("; ");
        for (Route route : routes) {
            joined.add(part(route, part));
        }
        return joined.toString();
    }

    private static String violations(Decision decision, boolean errors) {
        StringJoiner names = new StringJoiner(";");
        for (Violation violation : decision.violations()) {
            if (violation.isError() == errors) {
                names.add(violation.requirement());
            }
        }
        return names.toString();
    }

    /** One cell, quoted as RFC 4180 says when it must be. */
    static String cell(String text) {
        return Format.csv(text);
    }
}
