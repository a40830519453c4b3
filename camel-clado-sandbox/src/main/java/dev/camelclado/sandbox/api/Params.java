package dev.camelclado.sandbox.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelclado.sandbox.http.ApiError;

/** Parameter parsing with FastAPI's answers: 422 for a missing or mistyped field. */
final class Params {

    private Params() {
    }

    static String requiredQuery(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ApiError.missingField("query", name);
        }
        return value;
    }

    static Integer optionalInt(String value, String location, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw typeError(location, name, "value is not a valid integer", "type_error.integer");
        }
    }

    static Boolean optionalBoolean(String value, String location, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on":
                return Boolean.TRUE;
            case "false", "0", "no", "off":
                return Boolean.FALSE;
            default:
                throw typeError(location, name, "value could not be parsed to a boolean", "type_error.bool");
        }
    }

    static Integer bodyInt(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw typeError("body", name, "value is not a valid integer", "type_error.integer");
        }
        return node.intValue();
    }

    static Boolean bodyBoolean(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw typeError("body", name, "value could not be parsed to a boolean", "type_error.bool");
        }
        return node.booleanValue();
    }

    static List<String> bodyStrings(JsonNode body, String name) {
        JsonNode node = body.get(name);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw typeError("body", name, "value is not a valid list", "type_error.list");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw typeError("body", name, "str type expected", "type_error.str");
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static ApiError typeError(String location, String name, String message, String type) {
        com.fasterxml.jackson.databind.node.ObjectNode body = dev.camelclado.sandbox.data.Json.object();
        com.fasterxml.jackson.databind.node.ObjectNode item = body.putArray("detail").addObject();
        item.putArray("loc").add(location).add(name);
        item.put("msg", message);
        item.put("type", type);
        return new ApiError(422, body, java.util.Map.of());
    }

    static boolean isLinkedinProfileUrl(String url) {
        return url != null && url.matches("https?://([a-z]{2,3}\\.)?linkedin\\.com/in/[^/?#\\s]+/?");
    }
}
