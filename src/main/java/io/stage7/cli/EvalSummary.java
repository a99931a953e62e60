package io.stage7.cli;

import io.stage7.check.CheckedRules;
import io.stage7.check.Requirement;
import io.stage7.check.RoutingSet;
import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval --summary}: no line per record, but how many records each requirement fired on
 * (every active requirement, in the order the rules declare them, so one that never fires shows
 * as 0), how many took each route (routing set, entry and queue), how many had each rule fail to
 * evaluate, the closing count of the table, and the rows of the file accounted for:
 * {@code rows: 44 read, 44 evaluated, 0 skipped}.
 */
final class EvalSummary implements DecisionOutput<Decision> {
    private final Map<String, Count> requirements = new LinkedHashMap<>();
    private final Map<RouteKey, Count> routes = new HashMap<>();
    private final Map<String, Count> failures = new LinkedHashMap<>();
    private final List<String> routingOrder = new ArrayList<>();
    private final DecisionCounts counts = new DecisionCounts();

    /** A route as the summary counts it: routing set, entry and queue. */
    private record RouteKey(String routing, int entry, String queue) {
    }

    /** A count, and the severity of the requirement it counts. */
    private static final class Count {
        final String severity;
        long records;

        Count(String severity) {
            this.severity = severity;
        }
    }

    EvalSummary(CheckedRules rules) {
        for (Requirement requirement : rules.requirements()) {
            if (requirement.active()) {
                requirements.put(requirement.name(), new Count(requirement.severity().name().toLowerCase(Locale.ROOT)));
            }
        }
        rules.routingSets().stream().map(RoutingSet::name).forEach(routingOrder::add);
    }

    @Override
    public Decision render(String object, Decision decision) {
        return decision;
    }

    @Override
    public void add(Decision decision) {
        for (Violation violation : decision.violations()) {
            requirements.computeIfAbsent(violation.requirement(), name -> new Count(violation.isError() ? "error" : "warning"))
                    .records++;
        }
        for (Route route : decision.routes()) {
            routes.computeIfAbsent(new RouteKey(route.routing(), route.entry(), route.queue()), key -> new Count(""))
                    .records++;
        }
        for (RuleFailure failure : decision.failures()) {
            failures.computeIfAbsent(failure.rule(), name -> new Count("")).records++;
        }
        counts.add(decision);
    }

    @Override
    public void print(PrintWriter out, RowCount rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("REQUIREMENT", "SEVERITY", "RECORDS"));
        requirements.forEach((name, count) -> table.add(List.of(name, count.severity, Long.toString(count.records))));
        out.print(DecisionTable.aligned(table));
        if (!routes.isEmpty()) {
            List<List<String>> routed = new ArrayList<>();
            routed.add(List.of("ROUTING", "ENTRY", "QUEUE", "RECORDS"));
            routes.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<RouteKey, Count>>comparingInt(e -> routingIndex(e.getKey().routing()))
                            .thenComparingInt(e -> e.getKey().entry())
                            .thenComparing(e -> e.getKey().queue())
                            .thenComparing(e -> e.getKey().routing()))
                    .forEach(e -> routed.add(List.of(e.getKey().routing(), Integer.toString(e.getKey().entry()),
                            e.getKey().queue(), Long.toString(e.getValue().records))));
            out.println();
            out.print(DecisionTable.aligned(routed));
        }
        if (!failures.isEmpty()) {
            List<List<String>> failed = new ArrayList<>();
            failed.add(List.of("FAILED TO EVALUATE", "RECORDS"));
            failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> failed.add(List.of(e.getKey(), Long.toString(e.getValue().records))));
            out.println();
            out.print(DecisionTable.aligned(failed));
        }
        out.println();
        out.print(counts.line());
        out.println("rows: " + rows.read() + " read, " + rows.evaluated() + " evaluated, " + rows.skipped() + " skipped");
    }

    private int routingIndex(String routing) {
        int index = routingOrder.indexOf(routing);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    @Override
    public void close() {
        // Counts only: nothing to release.
    }
}
