package dev.camelclado.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code data} object of a post-reactions answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class PostReactions extends OpenModel {

    private String postUrl;
    private Integer totalReactions;
    private Map<String, Integer> reactionBreakdown;
    private List<Reaction> reactions;
    private ReactionPagination pagination;

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
}
