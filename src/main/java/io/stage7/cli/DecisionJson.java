package io.stage7.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The {@code jsonl} form of {@code eval}: one compact JSON object per record, with every key
 * always present ({@code null} when a route assigned nothing).
 *
 * <pre>{"id":"OPP-1","object":"Opportunity","violations":[{"rule":"…","severity":"error","message":"…","field":"…"}],
 * "routes":[{"routing":"…","entry":2,"queue":"…","region":"…","priority":2,"complexity":"complex","notBefore":null}],
 * "failures":[{"rule":"…","message":"…"}]}</pre>
 *
 * <p>Written token by token with a generator, not through a tree: {@code eval} writes one of
 * these per record of an export, on every core.
 */
final class DecisionJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DecisionJson() {
    }

    /** The line as UTF-8 with its line break: written as bytes, it needs no encoding on the way out. */
    static byte[] bytes(String object, Decision decision) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("id", decision.recordId());
            json.writeStringField("object", object);
            json.writeArrayFieldStart("violations");
            for (Violation violation : decision.violations()) {
                json.writeStartObject();
                json.writeStringField("rule", violation.requirement());
                json.writeStringField("severity", violation.isError() ? "error" : "warning");
                json.writeStringField("message", violation.message());
                json.writeStringField("field", violation.field().orElse(null));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("routes");
            for (Route route : decision.routes()) {
                json.writeStartObject();
                json.writeStringField("routing", route.routing());
                json.writeNumberField("entry", route.entry());
                json.writeStringField("queue", route.queue());
                json.writeStringField("region", route.region());
                number(json, "priority", route.priority());
                json.writeStringField("complexity", route.complexity().orElse(null));
                json.writeStringField("notBefore", route.notBefore().map(Object::toString).orElse(null));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("failures");
            for (RuleFailure failure : decision.failures()) {
                json.writeStartObject();
                json.writeStringField("rule", failure.rule());
                json.writeStringField("message", failure.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void number(JsonGenerator json, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
