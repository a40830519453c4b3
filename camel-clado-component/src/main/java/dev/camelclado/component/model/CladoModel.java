package dev.camelclado.component.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of the operation answers. The typed fields cover what Clado documents; {@link #getRawJson()} keeps the whole
 * answer exactly as received.
 */
public abstract class CladoModel extends OpenModel {

    @JsonIgnore
    private transient JsonNode rawJson;

    /** The answer exactly as received, as a Jackson tree. */
    @JsonIgnore
    public JsonNode getRawJson() {
        return rawJson;
    }

    void rawJson(JsonNode rawJson) {
        this.rawJson = rawJson;
    }
}
