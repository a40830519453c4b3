package dev.camelclado.component.model;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of the operation answers. The typed fields cover what Clado documents; {@link #getRawJson()} keeps the whole
 * answer exactly as received.
 */
public abstract class CladoModel extends OpenModel {

    /**
     * The answer as received, kept as bytes: a tree of a large answer (1,000 profiles) costs more than twice the
     * bytes' heap and a second parsing pass, for a view most routes never ask for.
     */
    @JsonIgnore
    private transient volatile byte[] rawBytes;
    @JsonIgnore
    private transient volatile JsonNode rawJson;

    /** The answer exactly as received, as a Jackson tree (parsed on first use). */
    @JsonIgnore
    public JsonNode getRawJson() {
        JsonNode tree = rawJson;
        if (tree != null) {
            return tree;
        }
        byte[] bytes = rawBytes;
        if (bytes == null) {
            // never set, or another thread has just parsed them (it sets the tree before dropping the bytes)
            return rawJson;
        }
        try {
            tree = CladoModels.MAPPER.readTree(bytes);
        } catch (IOException e) {
            // the same bytes were read into this model, so they are JSON
            throw new UncheckedIOException(e);
        }
        rawJson = tree;
        rawBytes = null;
        return tree;
    }

    void rawJson(JsonNode rawJson) {
        this.rawJson = rawJson;
        this.rawBytes = null;
    }

    void rawJson(byte[] rawBytes) {
        this.rawBytes = rawBytes;
        this.rawJson = null;
    }
}
