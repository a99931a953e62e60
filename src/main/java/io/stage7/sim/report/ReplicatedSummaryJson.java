package io.stage7.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.sim.stats.ConfidenceInterval;

import java.util.Iterator;
import java.util.Map;

/**
 * {@code summary.json} of a replicated run: the same document as one run's, with
 * {@code "replications": n} and {@code "confidenceLevel": 0.95} in place of {@code "replication"},
 * and each metric replaced by its estimate over the replications:
 * <pre>
 * "attainment": { "mean": 0.9581, "ci95": [0.9462, 0.97], "halfWidth": 0.0119, "n": 20 }
 * </pre>
 * {@code ci95} and {@code halfWidth} are {@code null} when fewer than two replications define
 * the metric, {@code mean} too when none does. {@code conservation.holds} is true only if the
 * conservation of work held in every replication. Same format as one run's (decimals rounded to
 * four places, keys in a fixed order), so the file is byte-identical for the same scenario, seed
 * and number of replications, whatever the thread count.
 */
public final class ReplicatedSummaryJson {

    private ReplicatedSummaryJson() {
    }

    /** The JSON text. */
    public static String render(ReplicatedSummary summary) {
        ObjectNode first = SummaryJson.tree(summary.first());
        ObjectNode root = SummaryJson.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = first.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("replication")) {
                root.put("replications", summary.count());
                root.put("confidenceLevel", ReplicatedSummary.LEVEL);
            } else if (ReplicatedSummary.DESCRIPTION.contains(key)) {
                root.set(key, field.getValue());
            } else {
                root.set(key, estimated(key, field.getValue(), summary));
            }
        }
        return SummaryJson.write(root);
    }

    private static JsonNode estimated(String path, JsonNode node, ReplicatedSummary summary) {
        if (node.isObject()) {
            ObjectNode copy = SummaryJson.object();
            node.fields().forEachRemaining(field ->
                    copy.set(field.getKey(), estimated(path + "." + field.getKey(), field.getValue(), summary)));
            return copy;
        }
        if (node.isBoolean()) {
            return BooleanNode.valueOf(summary.conservationHolds());
        }
        return estimate(summary.estimate(path));
    }

    /** {@code {"mean": .., "ci95": [lo, hi], "halfWidth": .., "n": ..}}. */
    static ObjectNode estimate(Estimate estimate) {
        ObjectNode node = SummaryJson.object();
        putEstimate(node, "mean", estimate);
        return node;
    }

    /** Puts the estimate's fields into {@code node}, its mean under {@code meanKey}. */
    static void putEstimate(ObjectNode node, String meanKey, Estimate estimate) {
        if (estimate.mean().isPresent()) {
            node.put(meanKey, estimate.mean().getAsDouble());
        } else {
            node.putNull(meanKey);
        }
        if (estimate.interval().isPresent()) {
            ConfidenceInterval interval = estimate.interval().get();
            ArrayNode ci = node.putArray("ci95");
            ci.add(interval.low());
            ci.add(interval.high());
            node.put("halfWidth", interval.halfWidth());
        } else {
            node.putNull("ci95");
            node.putNull("halfWidth");
        }
        node.put("n", estimate.n());
    }
}
