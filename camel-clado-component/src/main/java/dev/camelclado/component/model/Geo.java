package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

/** Location of a scraped profile. */
public class Geo {

    private String country;
    private String city;
    private String full;
    private String countryCode;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public String getCountry() {
        return country;
    }

    public String getCity() {
        return city;
    }

    public String getFull() {
        return full;
    }

    public String getCountryCode() {
        return countryCode;
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
