package dev.camelclado.mpp.core;

import java.io.IOException;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON reader for protocol values: small, bounded, strict about duplicate keys. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // protocol objects are a few hundred bytes: refuse hostile nesting and huge numbers early
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(80).maxStringLength(1 << 20).build());
    }

    private Json() {
    }

    /** Parses a JSON object or throws {@link MppProtocolException} naming {@code what}. */
    public static JsonNode object(byte[] bytes, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage()
                    : e.getMessage();
            throw new MppProtocolException(what + " is not valid JSON: " + reason, e);
        }
        if (node == null || !node.isObject()) {
            throw new MppProtocolException(what + " must be a JSON object");
        }
        return node;
    }

    /** The text of a string member, null if absent or JSON null; an error if present with another type. */
    public static String text(JsonNode object, String field, String what) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MppProtocolException(what + "." + field + " must be a string");
        }
        return value.textValue();
    }
}
