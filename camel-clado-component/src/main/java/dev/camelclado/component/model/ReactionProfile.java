package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Who reacted to a post. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ReactionProfile extends OpenModel {

    private String name;
    private String headline;
    private String linkedinUrl;

    public String getName() {
        return name;
    }

    public String getHeadline() {
        return headline;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }
}
