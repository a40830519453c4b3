package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One contact-enrichment record: the contacts found and social links. {@code error} true means nothing was found. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ContactRecord extends OpenModel {

    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean error;
    private List<Contact> contacts;
    private List<SocialLink> social;
    private String message;

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
}
