package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code profile} object of a person: identity, location, LinkedIn data, work and skills. Booleans accept true/false and 0/1. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Profile extends OpenModel {

    private String id;
    private String name;
    private String fullName;
    private String firstName;
    private String lastName;
    private String headline;
    private String description;
    private String summary;
    private String location;
    private String locationCountry;
    private String locationCity;
    private String locationState;
    private List<String> locationRegions;
    private String linkedinUrl;
    private String picturePermalink;
    private String pictureUrl;
    private Integer connectionsCount;
    private Integer followersCount;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isWorking;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isDecisionMaker;
    private Integer totalExperienceDurationMonths;
    private Double projectedTotalSalary;
    private Integer postCount;
    private String posts;
    private String likedPosts;
    private String recommendations;
    private Integer recommendationsCount;
    private List<String> skills;
    private String activeExperienceTitle;
    private String activeExperienceDepartment;
    private String activeExperienceManagementLevel;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
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

    public String getDescription() {
        return description;
    }

    public String getSummary() {
        return summary;
    }

    public String getLocation() {
        return location;
    }

    public String getLocationCountry() {
        return locationCountry;
    }

    public String getLocationCity() {
        return locationCity;
    }

    public String getLocationState() {
        return locationState;
    }

    public List<String> getLocationRegions() {
        return locationRegions;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public String getPicturePermalink() {
        return picturePermalink;
    }

    public String getPictureUrl() {
        return pictureUrl;
    }

    public Integer getConnectionsCount() {
        return connectionsCount;
    }

    public Integer getFollowersCount() {
        return followersCount;
    }

    public Boolean getIsWorking() {
        return isWorking;
    }

    public Boolean getIsDecisionMaker() {
        return isDecisionMaker;
    }

    public Integer getTotalExperienceDurationMonths() {
        return totalExperienceDurationMonths;
    }

    public Double getProjectedTotalSalary() {
        return projectedTotalSalary;
    }

    public Integer getPostCount() {
        return postCount;
    }

    public String getPosts() {
        return posts;
    }

    public String getLikedPosts() {
        return likedPosts;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Integer getRecommendationsCount() {
        return recommendationsCount;
    }

    public List<String> getSkills() {
        return skills;
    }

    public String getActiveExperienceTitle() {
        return activeExperienceTitle;
    }

    public String getActiveExperienceDepartment() {
        return activeExperienceDepartment;
    }

    public String getActiveExperienceManagementLevel() {
        return activeExperienceManagementLevel;
    }
}
