package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One row of a bulk contact-enrichment job. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class BulkContactResult extends OpenModel {

    private String linkedinUrl;
    private String peopleId;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean success;
    private ContactRecord data;
    private JsonNode error;

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public String getPeopleId() {
        return peopleId;
    }

    public Boolean getSuccess() {
        return success;
    }

    public ContactRecord getData() {
        return data;
    }

    public JsonNode getError() {
        return error;
    }
}
