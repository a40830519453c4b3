package dev.camelclado.component.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads Clado answers into the models: unknown fields are ignored (and kept in the raw JSON). */
public final class CladoModels {

    /** The mapper the component reads and writes Clado JSON with. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    private CladoModels() {
    }

    /**
     * Reads an answer straight into a model type in one pass and, for operation answers, keeps the bytes as the raw
     * JSON. A {@link com.fasterxml.jackson.core.exc.StreamReadException} means the bytes are not JSON, a
     * {@link com.fasterxml.jackson.databind.DatabindException} that they do not fit the type.
     */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        T value = MAPPER.readValue(json, type);
        if (value instanceof CladoModel model) {
            model.rawJson(json);
        }
        return value;
    }

    /** Binds a tree to a model type and, for operation answers, keeps the tree as the raw JSON. */
    public static <T> T read(JsonNode tree, Class<T> type) throws JsonProcessingException {
        T value = MAPPER.treeToValue(tree, type);
        if (value instanceof CladoModel model) {
            model.rawJson(tree);
        }
        return value;
    }
}
