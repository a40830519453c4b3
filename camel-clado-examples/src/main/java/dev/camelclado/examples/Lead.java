package dev.camelclado.examples;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.camelclado.component.model.Profile;

/** One person the lead pipeline found, and the contacts enrichment found for them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Lead {

    /** Why a lead has no contacts even though it was among the top ones. */
    public static final String FOUND = "found";
    public static final String NOTHING_FOUND = "nothing found";
    public static final String OVER_BUDGET = "skipped: over budget";

    private String name;
    private String headline;
    private String location;
    private String linkedinUrl;
    private boolean decisionMaker;
    private int connections;
    private List<String> emails = List.of();
    private List<String> phones = List.of();
    private String enrichment;

    static Lead of(Profile profile) {
        Lead lead = new Lead();
        lead.name = profile.getName();
        lead.headline = profile.getHeadline();
        lead.location = profile.getLocation();
        lead.linkedinUrl = profile.getLinkedinUrl();
        lead.decisionMaker = Boolean.TRUE.equals(profile.getIsDecisionMaker());
        lead.connections = profile.getConnectionsCount() == null ? 0 : profile.getConnectionsCount();
        return lead;
    }

    public String getName() {
        return name;
    }

    public String getHeadline() {
        return headline;
    }

    public String getLocation() {
        return location;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public boolean isDecisionMaker() {
        return decisionMaker;
    }

    public int getConnections() {
        return connections;
    }

    public List<String> getEmails() {
        return emails;
    }

    public List<String> getPhones() {
        return phones;
    }

    /** {@value #FOUND}, {@value #NOTHING_FOUND} or {@value #OVER_BUDGET}; null before enrichment. */
    public String getEnrichment() {
        return enrichment;
    }

    void enriched(List<String> emails, List<String> phones) {
        this.emails = List.copyOf(emails);
        this.phones = List.copyOf(phones);
        this.enrichment = emails.isEmpty() && phones.isEmpty() ? NOTHING_FOUND : FOUND;
    }

    void notEnriched(String reason) {
        this.enrichment = reason;
    }

    @Override
    public String toString() {
        return name + " (" + headline + ")";
    }
}
