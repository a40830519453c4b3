package dev.camelclado.component.model;

/** An email address or phone number with its confidence {@code rating} (0-100). */
public class Contact extends OpenModel {

    private String type;
    private String value;
    private Integer rating;
    private String subType;

    /** {@code email} or {@code phone}. */
    public String getType() {
        return type;
    }

    public String getValue() {
        return value;
    }

    public Integer getRating() {
        return rating;
    }

    /** For example {@code work}, {@code mobile}. */
    public String getSubType() {
        return subType;
    }
}
