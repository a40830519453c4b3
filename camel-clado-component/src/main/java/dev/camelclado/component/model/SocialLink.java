package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** A social profile link of a contact ({@code type} {@code li} is LinkedIn). */
public class SocialLink {

    private String link;
    private String type;
    private Integer rating;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getLink() {
        return link;
    }

    public String getType() {
        return type;
    }

    public Integer getRating() {
        return rating;
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
