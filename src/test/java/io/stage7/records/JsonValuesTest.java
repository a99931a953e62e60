package io.stage7.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link JsonValues} gives the node {@code readValueAsTree} gives, value for value: same type,
 * same text, same decimal (scale included), so a value reads alike either way.
 */
class JsonValuesTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void givesTheNodeTheTreeGives() throws IOException {
        List<String> values = List.of("0", "-0", "7", "-2147483648", "2147483648", "9223372036854775807",
                "9223372036854775808", "123456789012345678901234567890", "21817.50", "0.000", "-0.0", "1e3", "1E+2",
                "1.50e-3", "1e-400000", "0.1946", "100.00", "\"text\"", "\"\"", "\"15%\"", "\"é\\u00e9\\n\"", "true",
                "false", "null", "[\"SaaS\", \"Support\"]", "[]", "[1, 2.50]");
        for (String value : values) {
            JsonNode tree;
            try (JsonParser parser = MAPPER.createParser("{\"v\": " + value + "}")) {
                parser.nextToken();
                parser.nextToken();
                parser.nextToken();
                tree = parser.readValueAsTree();
            }
            JsonNode direct;
            try (JsonParser parser = MAPPER.createParser("{\"v\": " + value + "}")) {
                parser.nextToken();
                parser.nextToken();
                parser.nextToken();
                direct = JsonValues.current(parser);
                assertEquals(JsonToken.END_OBJECT, parser.nextToken(), value + ": the value is consumed");
            }
            assertEquals(tree, direct, value);
            assertEquals(tree.getClass(), direct.getClass(), value);
            assertEquals(tree.asText(), direct.asText(), value);
            if (tree.isNumber()) {
                assertEquals(tree.decimalValue().scale(), direct.decimalValue().scale(), value);
            }
        }
    }
}
