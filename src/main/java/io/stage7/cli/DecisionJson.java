package io.stage7.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

/**
 * The {@code jsonl} form of {@code eval}: one compact JSON object per record, with every key
 * always present ({@code null} when a route assigned nothing).
 *
 * <pre>{"id":"OPP-1","object":"Opportunity","violations":[{"rule":"…","severity":"error","message":"…","field":"…"}],
 * "routes":[{"routing":"…","entry":2,"queue":"…","region":"…","priority":2,"complexity":"complex","notBefore":null}],
 * "failures":[{"rule":"…","message":"…"}]}</pre>
 */
final class DecisionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private DecisionJson() {
    }

    static String line(String object, Decision decision) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", decision.recordId());
        root.put("object", object);
        ArrayNode violations = root.putArray("violations");
        for (Violation violation : decision.violations()) {
            ObjectNode item = violations.addObject();
            item.put("rule", violation.requirement());
            item.put("severity", violation.isError() ? "error" : "warning");
            item.put("message", violation.message());
            item.put("field", violation.field().orElse(null));
        }
        ArrayNode routes = root.putArray("routes");
        for (Route route : decision.routes()) {
            ObjectNode item = routes.addObject();
            item.put("routing", route.routing());
            item.put("entry", route.entry());
            item.put("queue", route.queue());
            item.put("region", route.region());
            item.put("priority", route.priority().orElse(null));
            item.put("complexity", route.complexity().orElse(null));
            item.put("notBefore", route.notBefore().map(Object::toString).orElse(null));
        }
        ArrayNode failures = root.putArray("failures");
        for (RuleFailure failure : decision.failures()) {
            ObjectNode item = failures.addObject();
            item.put("rule", failure.rule());
            item.put("message", failure.message());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
