package dev.camelclado.component.model;

/** A social profile link of a contact ({@code type} {@code li} is LinkedIn). */
public class SocialLink extends OpenModel {

    private String link;
    private String type;
    private Integer rating;

    public String getLink() {
        return link;
    }

    public String getType() {
        return type;
    }

    public Integer getRating() {
        return rating;
    }
}
