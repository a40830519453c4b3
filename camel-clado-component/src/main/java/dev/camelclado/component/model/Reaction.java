package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One reaction to a post. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Reaction extends OpenModel {

    private ReactionProfile profile;
    private String reactionType;
    private String timestamp;

    public ReactionProfile getProfile() {
        return profile;
    }

    public String getReactionType() {
        return reactionType;
    }

    public String getTimestamp() {
        return timestamp;
    }
}
