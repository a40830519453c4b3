package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A position of a scraped profile. */
public class Position {

    private String title;
    private String companyName;
    private String companyLogo;
    private String companyUrl;
    private String location;
    private String description;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isCurrent;
    private JsonNode startEndDate;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

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
