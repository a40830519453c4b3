package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** A LinkedIn post (Clado writes posts in camelCase). */
public class Post {

    private String text;
    private String postUrl;
    private String urn;
    private Integer totalReactionCount;
    private Integer likeCount;
    private Integer commentsCount;
    private Integer repostsCount;
    private String postedAt;
    private String postedDate;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getText() {
        return text;
    }

    public String getPostUrl() {
        return postUrl;
    }

    public String getUrn() {
        return urn;
    }

    public Integer getTotalReactionCount() {
        return totalReactionCount;
    }

    public Integer getLikeCount() {
        return likeCount;
    }

    public Integer getCommentsCount() {
        return commentsCount;
    }

    public Integer getRepostsCount() {
        return repostsCount;
    }

    public String getPostedAt() {
        return postedAt;
    }

    public String getPostedDate() {
        return postedDate;
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
