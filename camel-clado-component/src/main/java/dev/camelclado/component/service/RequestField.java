package dev.camelclado.component.service;

import java.util.List;
import java.util.function.Function;

import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoConstants;

/**
 * A request field of the Clado API: the option that sets it, the header that overrides the option, its name on the
 * wire and its type. One table, so that options, headers and the request stay in step.
 */
public enum RequestField {

    QUERY("query", CladoConstants.QUERY, "query", Kind.TEXT, CladoConfiguration::getQuery),
    LIMIT("limit", CladoConstants.LIMIT, "limit", Kind.INTEGER, CladoConfiguration::getLimit),
    OFFSET("offset", CladoConstants.OFFSET, "offset", Kind.INTEGER, CladoConfiguration::getOffset),
    SEARCH_ID("searchId", CladoConstants.SEARCH_ID, "search_id", Kind.TEXT, CladoConfiguration::getSearchId),
    COMPANIES("companies", CladoConstants.COMPANIES, "companies", Kind.TEXT_LIST, CladoConfiguration::getCompanies),
    SCHOOLS("schools", CladoConstants.SCHOOLS, "schools", Kind.TEXT_LIST, CladoConfiguration::getSchools),
    ADVANCED_FILTERING("advancedFiltering", CladoConstants.ADVANCED_FILTERING, "advanced_filtering", Kind.BOOLEAN,
            CladoConfiguration::getAdvancedFiltering),
    HARD_FILTER_COMPANY_URLS("hardFilterCompanyUrls", CladoConstants.HARD_FILTER_COMPANY_URLS,
            "hard_filter_company_urls", Kind.TEXT_LIST, CladoConfiguration::getHardFilterCompanyUrls),
    NOTIFY_EMAIL("notifyEmail", CladoConstants.NOTIFY_EMAIL, "email", Kind.TEXT, CladoConfiguration::getNotifyEmail),
    /** A path segment in the direct API, {@code jobId} in gateway bodies. */
    JOB_ID("jobId", CladoConstants.JOB_ID, "job_id", Kind.TEXT, CladoConfiguration::getJobId),
    PAGE("page", CladoConstants.PAGE, "page", Kind.INTEGER, CladoConfiguration::getPage),
    PAGE_SIZE("pageSize", CladoConstants.PAGE_SIZE, "page_size", Kind.INTEGER, CladoConfiguration::getPageSize),
    ADDITIONAL_LIMIT("additionalLimit", CladoConstants.ADDITIONAL_LIMIT, "additional_limit", Kind.INTEGER,
            CladoConfiguration::getAdditionalLimit),
    LINKEDIN_URL("linkedinUrl", CladoConstants.LINKEDIN_URL, "linkedin_url", Kind.TEXT,
            CladoConfiguration::getLinkedinUrl),
    EMAIL("email", CladoConstants.EMAIL, "email", Kind.TEXT, CladoConfiguration::getEmail),
    PHONE("phone", CladoConstants.PHONE, "phone", Kind.TEXT, CladoConfiguration::getPhone),
    EMAIL_ENRICHMENT("emailEnrichment", CladoConstants.EMAIL_ENRICHMENT, "email_enrichment", Kind.BOOLEAN,
            CladoConfiguration::getEmailEnrichment),
    PHONE_ENRICHMENT("phoneEnrichment", CladoConstants.PHONE_ENRICHMENT, "phone_enrichment", Kind.BOOLEAN,
            CladoConfiguration::getPhoneEnrichment),
    POST_URL("postUrl", CladoConstants.POST_URL, "url", Kind.TEXT, CladoConfiguration::getPostUrl),
    REACTION_TYPE("reactionType", CladoConstants.REACTION_TYPE, "reaction_type", Kind.TEXT,
            CladoConfiguration::getReactionType),
    LINKEDIN_URLS("linkedinUrls", CladoConstants.LINKEDIN_URLS, "linkedin_urls", Kind.TEXT_LIST,
            CladoConfiguration::getLinkedinUrls),
    PEOPLE_IDS("peopleIds", CladoConstants.PEOPLE_IDS, "people_ids", Kind.TEXT_LIST, CladoConfiguration::getPeopleIds);

    /** The Java type a field's value has once resolved. */
    public enum Kind {
        TEXT(String.class),
        INTEGER(Integer.class),
        BOOLEAN(Boolean.class),
        TEXT_LIST(List.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        public Class<?> javaType() {
            return javaType;
        }
    }

    private final String option;
    private final String header;
    private final String wireName;
    private final Kind kind;
    private final Function<CladoConfiguration, Object> fromConfiguration;

    RequestField(String option, String header, String wireName, Kind kind,
                 Function<CladoConfiguration, Object> fromConfiguration) {
        this.option = option;
        this.header = header;
        this.wireName = wireName;
        this.kind = kind;
        this.fromConfiguration = fromConfiguration;
    }

    /** The endpoint/component option name. */
    public String option() {
        return option;
    }

    /** The message header that overrides the option. */
    public String header() {
        return header;
    }

    /** The name in Clado's query string or JSON body. */
    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    /** The option's value in a configuration, still unparsed (lists are comma-separated strings). */
    public Object valueIn(CladoConfiguration configuration) {
        return fromConfiguration.apply(configuration);
    }
}
