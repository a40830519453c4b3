package dev.camelclado.component.model;

import java.util.List;

/** The {@code data} object of a scrape answer. */
public class ScrapeData extends OpenModel {

    private ScrapedProfile data;
    private List<Post> posts;
    private Integer connection;
    private Integer follower;

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
}
