package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One contact-enrichment record: the contacts found and social links. {@code error} true means nothing was found. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ContactRecord {

    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean error;
    private List<Contact> contacts;
    private List<SocialLink> social;
    private String message;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public Boolean getError() {
        return error;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<SocialLink> getSocial() {
        return social;
    }

    public String getMessage() {
        return message;
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
