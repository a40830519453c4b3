package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A position of a scraped profile. */
public class Position extends OpenModel {

    private String title;
    private String companyName;
    private String companyLogo;
    private String companyUrl;
    private String location;
    private String description;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isCurrent;
    private JsonNode startEndDate;

    public String getTitle() {
        return title;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCompanyLogo() {
        return companyLogo;
    }

    public String getCompanyUrl() {
        return companyUrl;
    }

    public String getLocation() {
        return location;
    }

    public String getDescription() {
        return description;
    }

    public Boolean getIsCurrent() {
        return isCurrent;
    }

    public JsonNode getStartEndDate() {
        return startEndDate;
    }
}
