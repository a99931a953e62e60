package io.stage7.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.ast.Decl;
import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link DecisionJson} writes its bytes by hand: they must be the bytes Jackson's generator wrote
 * before, for every character a value may hold and every shape of decision.
 */
class DecisionJsonTest {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws IOException {
        for (int from = 0; from < 0x10000; from += 256) {
            StringBuilder text = new StringBuilder();
            for (int c = from; c < from + 256; c++) {
                if (!Character.isSurrogate((char) c)) {
                    text.append((char) c);
                }
            }
            text.appendCodePoint(0x1F600).appendCodePoint(0x10FFFF);
            Decision decision = decision(text.toString(), text.toString(), BigDecimal.ONE);
            assertArrayEquals(jackson("Opportunity", decision), DecisionJson.bytes("Opportunity", decision),
                    "characters from U+" + Integer.toHexString(from));
        }
    }

    @Test
    void generatedDecisionsAreWrittenAsJacksonWritesThem() throws IOException {
        SplittableRandom random = new SplittableRandom(20261208);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal priority = BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(-4, 6));
            Decision decision = decision(text(random), text(random), random.nextInt(4) == 0 ? null : priority);
            assertEquals(new String(jackson("Case", decision), StandardCharsets.UTF_8),
                    new String(DecisionJson.bytes("Case", decision), StandardCharsets.UTF_8), "case " + i);
        }
        Decision empty = new Decision("D-1", List.of(), List.of(), List.of());
        assertArrayEquals(jackson("Opportunity", empty), DecisionJson.bytes("Opportunity", empty));
    }

    @Test
    void surrogatesPairedOrLoneAreEscapedAsJacksonEscapesThem() throws IOException {
        Decision decision = new Decision("A\uD800B\uDC00", List.of(), List.of(), List.of());
        assertArrayEquals(jackson("Opportunity", decision), DecisionJson.bytes("Opportunity", decision));
        String line = new String(DecisionJson.bytes("Opportunity", decision), StandardCharsets.UTF_8);
        assertEquals("{\"id\":\"A\\uD800B\\uDC00\",\"object\":\"Opportunity\",\"violations\":[],\"routes\":[],\"failures\":[]}\n",
                line);
        assertEquals("A\uD800B\uDC00", new ObjectMapper().readTree(line).get("id").textValue());
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            int kind = random.nextInt(5);
            int c = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> random.nextInt(0x20, 0x80);
                case 2 -> random.nextInt(0x80, 0x800);
                case 3 -> random.nextInt(0x800, 0xD800);
                default -> random.nextInt(0x10000, 0x110000);
            };
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    private static Decision decision(String value, String other, BigDecimal priority) {
        List<Violation> violations = List.of(
                new Violation("Rule_" + value, Decl.RuleSeverity.ERROR, "Message " + other, Optional.of(value)),
                new Violation("Warn", Decl.RuleSeverity.WARNING, other, Optional.empty()));
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("Approval", 2, value + " Complex", "EMEA", Optional.ofNullable(priority),
                Optional.of(other), Optional.of(Instant.parse("2026-03-31T16:45:00.250Z"))));
        routes.add(new Route("Other", 10, "Q", other, Optional.empty(), Optional.empty(), Optional.empty()));
        return new Decision(value, violations, routes, List.of(new RuleFailure("Broken", other)));
    }

    /** What DecisionJson wrote through Jackson's generator before it wrote bytes by hand. */
    private static byte[] jackson(String object, Decision decision) throws IOException {
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
                if (route.priority().isPresent()) {
                    json.writeNumberField("priority", route.priority().get());
                } else {
                    json.writeNullField("priority");
                }
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
        }
        return bytes.toByteArray();
    }
}
