package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One reaction to a post. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Reaction {

    private ReactionProfile profile;
    private String reactionType;
    private String timestamp;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public ReactionProfile getProfile() {
        return profile;
    }

    public String getReactionType() {
        return reactionType;
    }

    public String getTimestamp() {
        return timestamp;
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
