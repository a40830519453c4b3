package dev.camelclado.component.model;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * Clado sends flags such as {@code is_working} as booleans or as 0/1 numbers (and strings from some sources). A flag
 * it cannot read becomes null rather than failing the whole answer.
 */
public class LenientBooleanDeserializer extends JsonDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                return parser.getLongValue() != 0;
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue() != 0;
            case VALUE_STRING:
                return fromText(parser.getText());
            default:
                parser.skipChildren();
                return null;
        }
    }

    private static Boolean fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y":
                return Boolean.TRUE;
            case "false", "0", "no", "n":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
        return null;
    }
}
