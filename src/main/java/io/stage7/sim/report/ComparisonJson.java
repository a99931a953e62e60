package io.stage7.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code compare.json}: the two configurations, how they were run, the metrics whose difference is
 * significant, then every metric of {@code summary.json} in its place in that document's shape,
 * as
 * <pre>
 * "attainment": { "a": 0.9123, "b": 0.9634, "difference": 0.0511, "ci95": [0.0402, 0.062],
 *                 "halfWidth": 0.0109, "n": 20, "significant": true }
 * </pre>
 * {@code a} and {@code b} are each side's mean over the replications that define the metric;
 * {@code difference} is the mean of the paired differences B − A over the replications where
 * both do ({@code n} of them), with its 95% Student-t interval. Same number format as
 * {@code summary.json}; byte-identical for the same inputs whatever the thread count.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    /** The JSON text; {@code fileA} and {@code fileB} name the scenario files as the user gave them. */
    public static String render(Comparison comparison, String fileA, String fileB) {
        ObjectNode first = SummaryJson.tree(comparison.a().first());
        ObjectNode root = SummaryJson.object();
        root.set("a", side(comparison.a(), fileA));
        root.set("b", side(comparison.b(), fileB));
        root.put("seed", comparison.a().first().seed());
        root.put("replications", comparison.a().count());
        root.put("confidenceLevel", ReplicatedSummary.LEVEL);
        root.set("horizon", first.get("horizon"));
        root.put("conservationHolds", comparison.a().conservationHolds() && comparison.b().conservationHolds());
        comparison.significant().forEach(root.putArray("significant")::add);
        for (Iterator<Map.Entry<String, JsonNode>> it = first.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!ReplicatedSummary.DESCRIPTION.contains(field.getKey())) {
                JsonNode compared = compared(field.getKey(), field.getValue(), comparison);
                if (compared != null) {
                    root.set(field.getKey(), compared);
                }
            }
        }
        return SummaryJson.write(root);
    }

    private static ObjectNode side(ReplicatedSummary summary, String file) {
        ObjectNode side = SummaryJson.object();
        side.put("scenario", summary.first().scenario());
        side.put("file", file);
        side.set("sla", SummaryJson.tree(summary.first()).get("sla"));
        return side;
    }

    /** The object with each metric replaced by its comparison; null for a leaf that is not a metric. */
    private static JsonNode compared(String path, JsonNode node, Comparison comparison) {
        if (node.isObject()) {
            ObjectNode copy = SummaryJson.object();
            node.fields().forEachRemaining(field -> {
                JsonNode value = compared(path + "." + field.getKey(), field.getValue(), comparison);
                if (value != null) {
                    copy.set(field.getKey(), value);
                }
            });
            return copy;
        }
        if (!comparison.a().hasMetric(path)) {
            return null; // conservation.holds: reported once, as conservationHolds
        }
        ObjectNode metric = SummaryJson.object();
        mean(metric, "a", comparison.a().estimate(path).mean());
        mean(metric, "b", comparison.b().estimate(path).mean());
        Estimate difference = comparison.difference(path);
        ReplicatedSummaryJson.putEstimate(metric, "difference", difference);
        metric.put("significant", difference.excludesZero());
        return metric;
    }

    private static void mean(ObjectNode node, String key, OptionalDouble mean) {
        if (mean.isPresent()) {
            node.put(key, mean.getAsDouble());
        } else {
            node.putNull(key);
        }
    }
}
