package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Answer of {@code profile/scrape}: the live profile and recent posts. */
public class ScrapeResponse extends CladoModel {

    private ScrapeData data;

    public ScrapeData getData() {
        return data;
    }

    /** The scraped profile, or null. */
    @JsonIgnore
    public ScrapedProfile getProfile() {
        return data == null ? null : data.getData();
    }

    /** Recent posts, never null. */
    @JsonIgnore
    public List<Post> getPosts() {
        return data == null || data.getPosts() == null ? List.of() : data.getPosts();
    }
}
