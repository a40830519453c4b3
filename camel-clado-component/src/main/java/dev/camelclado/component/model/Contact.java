package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** An email address or phone number with its confidence {@code rating} (0-100). */
public class Contact {

    private String type;
    private String value;
    private Integer rating;
    private String subType;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    /** {@code email} or {@code phone}. */
    public String getType() {
        return type;
    }

    public String getValue() {
        return value;
    }

    public Integer getRating() {
        return rating;
    }

    /** For example {@code work}, {@code mobile}. */
    public String getSubType() {
        return subType;
    }

    /** Fields this model does not name (Clado adds fields often); the raw JSON has them too. */
    @JsonAnyGetter
    public Map<String, JsonNode> getAdditionalFields() {
        return additionalFields;
    }

    @JsonAnySetter
    void putAdditionalField(String name, JsonNode value) {
        additionalFields.put(name, value);
    }
}
