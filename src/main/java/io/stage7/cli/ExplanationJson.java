package io.stage7.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.eval.interp.ExplainedNode;
import io.stage7.eval.interp.ExplainedRequirement;
import io.stage7.eval.interp.ExplainedRouting;
import io.stage7.eval.interp.Explanation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code explain --format json}: the explanation as data, for editors and scripts. The record's
 * decision as {@code eval} writes it, then every requirement and routing set with its formula as
 * a tree of sub-expressions ({@code source}, {@code kind}, {@code evaluated}, {@code value} or
 * {@code error}, {@code children}), the same information the text form shows.
 */
final class ExplanationJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {
    }

    static String render(Explanation explanation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", explanation.object());
        root.put("id", explanation.recordId());
        root.put("now", explanation.context().now().toString());
        root.set("decision", decision(explanation));
        ArrayNode requirements = root.putArray("requirements");
        for (ExplainedRequirement requirement : explanation.requirements()) {
            ObjectNode out = requirements.addObject();
            out.put("name", requirement.name());
            out.put("severity", requirement.severity().name().toLowerCase(Locale.ROOT));
            out.put("outcome", requirement.outcome().name().toLowerCase(Locale.ROOT));
            out.put("message", requirement.message());
            requirement.field().ifPresent(f -> out.put("field", f));
            requirement.condition().ifPresent(c -> out.set("condition", node(c)));
        }
        ArrayNode routings = root.putArray("routings");
        for (ExplainedRouting routing : explanation.routings()) {
            ObjectNode out = routings.addObject();
            out.put("name", routing.name());
            routing.failure().ifPresent(f -> out.put("failure", f));
            ArrayNode entries = out.putArray("entries");
            for (ExplainedRouting.Entry entry : routing.entries()) {
                ObjectNode e = entries.addObject();
                e.put("number", entry.number());
                e.put("outcome", entry.outcome().name().toLowerCase(Locale.ROOT));
                e.put("otherwise", entry.isOtherwise());
                entry.condition().ifPresent(c -> e.set("condition", node(c)));
                ArrayNode assignments = e.putArray("assignments");
                for (ExplainedRouting.Assignment assignment : entry.assignments()) {
                    assignments.addObject().put("target", assignment.target()).set("value", node(assignment.value()));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision exactly as {@code eval} writes it (one JSON Lines record). */
    private static JsonNode decision(Explanation explanation) {
        try {
            return JSON.readTree(DecisionJson.bytes(explanation.object(), explanation.decision()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode node(ExplainedNode node) {
        ObjectNode out = JSON.createObjectNode();
        out.put("source", node.source());
        out.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
        out.put("evaluated", node.evaluated());
        put(out, "value", node.value());
        put(out, "error", node.error());
        if (!node.children().isEmpty()) {
            ArrayNode children = out.putArray("children");
            node.children().forEach(child -> children.add(node(child)));
        }
        return out;
    }

    private static void put(ObjectNode out, String name, Optional<String> value) {
        value.ifPresent(v -> out.put(name, v));
    }
}
