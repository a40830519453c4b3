package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One entry of a person's {@code education}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Education extends OpenModel {

    private String degree;
    private String fieldOfStudy;
    private String schoolName;
    private String description;
    private String startDate;
    private String endDate;

    public String getDegree() {
        return degree;
    }

    public String getFieldOfStudy() {
        return fieldOfStudy;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getDescription() {
        return description;
    }

    public String getStartDate() {
        return startDate;
    }

    public String getEndDate() {
        return endDate;
    }
}
