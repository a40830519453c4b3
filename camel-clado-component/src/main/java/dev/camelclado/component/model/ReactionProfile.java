package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Who reacted to a post. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ReactionProfile {

    private String name;
    private String headline;
    private String linkedinUrl;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getName() {
        return name;
    }

    public String getHeadline() {
        return headline;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
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
