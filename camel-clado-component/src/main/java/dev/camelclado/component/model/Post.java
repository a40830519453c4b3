package dev.camelclado.component.model;

/** A LinkedIn post (Clado writes posts in camelCase). */
public class Post extends OpenModel {

    private String text;
    private String postUrl;
    private String urn;
    private Integer totalReactionCount;
    private Integer likeCount;
    private Integer commentsCount;
    private Integer repostsCount;
    private String postedAt;
    private String postedDate;

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
}
