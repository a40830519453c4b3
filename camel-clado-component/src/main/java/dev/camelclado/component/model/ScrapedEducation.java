package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.JsonNode;

/** An education entry of a scraped profile. */
public class ScrapedEducation extends OpenModel {

    private String schoolName;
    private String degree;
    private String fieldOfStudy;
    private JsonNode startEndDate;

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
}
