package dev.camelclado.component.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code contacts/get}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ContactsResponse extends CladoModel {

    private List<ContactRecord> data;

    public List<ContactRecord> getData() {
        return data;
    }

    /** Email addresses found, best rated first. */
    @JsonIgnore
    public List<String> getEmails() {
        return values("email");
    }

    /** Phone numbers found, best rated first. */
    @JsonIgnore
    public List<String> getPhones() {
        return values("phone");
    }

    private List<String> values(String type) {
        List<Contact> found = new ArrayList<>();
        if (data != null) {
            // a null entry in an answer is skipped, not a NullPointerException in the route
            for (ContactRecord record : data) {
                if (record != null && record.getContacts() != null) {
                    record.getContacts().stream().filter(c -> c != null && type.equalsIgnoreCase(c.getType()))
                            .forEach(found::add);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(b.getRating() == null ? 0 : b.getRating(), a.getRating() == null ? 0 : a.getRating()));
        return found.stream().map(Contact::getValue).toList();
    }
}
