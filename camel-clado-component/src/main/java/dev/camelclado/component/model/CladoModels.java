package dev.camelclado.component.model;

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

    /** Binds a tree to a model type and, for operation answers, keeps the tree as the raw JSON. */
    public static <T> T read(JsonNode tree, Class<T> type) throws JsonProcessingException {
        T value = MAPPER.treeToValue(tree, type);
        if (value instanceof CladoModel model) {
            model.rawJson(tree);
        }
        return value;
    }
}
