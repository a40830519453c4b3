package dev.camelclado.component.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One position in a person's {@code experience}. An {@code end_date} of 1970-01-01 means "current". */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Experience extends OpenModel {

    private String title;
    private String companyName;
    private String description;
    private String location;
    private String startDate;
    private String endDate;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean isCurrent;
    private Integer durationMonths;
    private String department;
    private String managementLevel;
    private String companyId;
    private String companyLinkedinUrl;
    private String companyWebsite;
    private String companyIndustry;
    private String companySize;

    public String getTitle() {
        return title;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getStartDate() {
        return startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public Boolean getIsCurrent() {
        return isCurrent;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public String getDepartment() {
        return department;
    }

    public String getManagementLevel() {
        return managementLevel;
    }

    public String getCompanyId() {
        return companyId;
    }

    public String getCompanyLinkedinUrl() {
        return companyLinkedinUrl;
    }

    public String getCompanyWebsite() {
        return companyWebsite;
    }

    public String getCompanyIndustry() {
        return companyIndustry;
    }

    public String getCompanySize() {
        return companySize;
    }

    /** Whether this is a current position: {@code is_current}, or the API's 1970-01-01 "no end" marker. */
    @JsonIgnore
    public boolean isCurrentPosition() {
        return Boolean.TRUE.equals(isCurrent) || endDate == null || endDate.isEmpty() || endDate.startsWith("1970-01-01");
    }
}
