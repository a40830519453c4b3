package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** An education entry of a scraped profile. */
public class ScrapedEducation {

    private String schoolName;
    private String degree;
    private String fieldOfStudy;
    private JsonNode startEndDate;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getSchoolName() {
        return schoolName;
    }

    public String getDegree() {
        return degree;
    }

    public String getFieldOfStudy() {
        return fieldOfStudy;
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
