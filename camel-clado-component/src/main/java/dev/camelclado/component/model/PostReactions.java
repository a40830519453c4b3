package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code data} object of a post-reactions answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class PostReactions {

    private String postUrl;
    private Integer totalReactions;
    private Map<String, Integer> reactionBreakdown;
    private List<Reaction> reactions;
    private ReactionPagination pagination;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getPostUrl() {
        return postUrl;
    }

    public Integer getTotalReactions() {
        return totalReactions;
    }

    public Map<String, Integer> getReactionBreakdown() {
        return reactionBreakdown;
    }

    public List<Reaction> getReactions() {
        return reactions;
    }

    public ReactionPagination getPagination() {
        return pagination;
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
