package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Clado object that keeps the fields its class does not name: Clado adds fields often (97+ on a profile), and a
 * field unknown today should still reach the route, and survive a marshal back to JSON.
 */
public abstract class OpenModel {

    /** Made at the first unknown field: most objects of a large result (experiences, schools) have none. */
    private Map<String, JsonNode> additionalFields;

    /** Fields this model does not name, as sent (empty if none). */
    @JsonAnyGetter
    public Map<String, JsonNode> getAdditionalFields() {
        return additionalFields == null ? Map.of() : additionalFields;
    }

    @JsonAnySetter
    void putAdditionalField(String name, JsonNode value) {
        if (additionalFields == null) {
            additionalFields = new LinkedHashMap<>();
        }
        additionalFields.put(name, value);
    }
}
