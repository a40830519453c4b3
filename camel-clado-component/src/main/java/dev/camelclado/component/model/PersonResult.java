package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A person as search, deep research and profile/get return them: profile, experience and education. The answer of {@code profile/get}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class PersonResult extends CladoModel {

    private Profile profile;
    private List<Experience> experience;
    private List<Education> education;
    private List<Post> posts;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

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
