package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A person as search, deep research and profile/get return them: profile, experience and education. The answer of {@code profile/get}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class PersonResult extends CladoModel {

    private Profile profile;
    private List<Experience> experience;
    private List<Education> education;
    private List<Post> posts;

    public Profile getProfile() {
        return profile;
    }

    public List<Experience> getExperience() {
        return experience;
    }

    public List<Education> getEducation() {
        return education;
    }

    public List<Post> getPosts() {
        return posts;
    }
}
