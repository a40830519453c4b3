package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A live-scraped LinkedIn profile (camelCase, unlike the database profile). */
public class ScrapedProfile extends OpenModel {

    private String id;
    private String firstName;
    private String lastName;
    private String headline;
    private String summary;
    private Geo geo;
    private String profilePicture;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isPremium;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isCreator;
    private List<Position> fullPositions;
    private List<ScrapedEducation> educations;
    private List<String> skills;
    private String linkedinUrl;
    private String publicIdentifier;

    public String getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSummary() {
        return summary;
    }

    public Geo getGeo() {
        return geo;
    }

    public String getProfilePicture() {
        return profilePicture;
    }

    public Boolean getIsPremium() {
        return isPremium;
    }

    public Boolean getIsCreator() {
        return isCreator;
    }

    public List<Position> getFullPositions() {
        return fullPositions;
    }

    public List<ScrapedEducation> getEducations() {
        return educations;
    }

    public List<String> getSkills() {
        return skills;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public String getPublicIdentifier() {
        return publicIdentifier;
    }
}
