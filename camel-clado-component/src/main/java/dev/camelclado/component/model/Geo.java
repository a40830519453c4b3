package dev.camelclado.component.model;

/** Location of a scraped profile. */
public class Geo extends OpenModel {

    private String country;
    private String city;
    private String full;
    private String countryCode;

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
}
