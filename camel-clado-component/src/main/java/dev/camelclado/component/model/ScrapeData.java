package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** The {@code data} object of a scrape answer. */
public class ScrapeData {

    private ScrapedProfile data;
    private List<Post> posts;
    private Integer connection;
    private Integer follower;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public ScrapedProfile getData() {
        return data;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public Integer getConnection() {
        return connection;
    }

    public Integer getFollower() {
        return follower;
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
