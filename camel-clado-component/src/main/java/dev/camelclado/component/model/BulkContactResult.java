package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One row of a bulk contact-enrichment job. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class BulkContactResult {

    private String linkedinUrl;
    private String peopleId;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean success;
    private ContactRecord data;
    private JsonNode error;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

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
