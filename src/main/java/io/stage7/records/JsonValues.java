package io.stage7.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The value at the parser's current token as the one node {@link FieldValues#fromJson} reads,
 * made straight from the token: no tree for the line, and for a scalar none of the
 * deserialization machinery that {@code readValueAsTree} sets up per call (a new context each
 * time, which was most of the cost of reading a line). The node is the one {@code
 * readValueAsTree} gives under {@code JsonLinesRecords}' settings, so a value reads alike
 * either way: a decimal loses its trailing zeros ({@code 21817.50} is {@code 21817.5}) as
 * Jackson's tree does, and an integer keeps the narrowest type. Only an array (a multi-select
 * picklist) still goes through the tree, being a structure.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** The node of the current token, a value (not a field name, not the start of an object). */
    static JsonNode current(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(parser.getIntValue());
                    case LONG:
                        return LongNode.valueOf(parser.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(withoutTrailingZeros(parser.getDecimalValue()));
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                return parser.readValueAsTree();
        }
    }

    /** As Jackson's tree normalises a decimal; a scale past what stripping can express keeps it as written. */
    static BigDecimal withoutTrailingZeros(BigDecimal value) {
        try {
            return value.stripTrailingZeros();
        } catch (ArithmeticException e) {
            return value;
        }
    }
}
