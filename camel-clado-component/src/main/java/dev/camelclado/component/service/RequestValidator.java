package dev.camelclado.component.service;

import java.util.ArrayList;
import java.util.List;

import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.CladoRequestValidationException;

import static dev.camelclado.component.service.RequestField.ADDITIONAL_LIMIT;
import static dev.camelclado.component.service.RequestField.EMAIL;
import static dev.camelclado.component.service.RequestField.EMAIL_ENRICHMENT;
import static dev.camelclado.component.service.RequestField.JOB_ID;
import static dev.camelclado.component.service.RequestField.LIMIT;
import static dev.camelclado.component.service.RequestField.LINKEDIN_URL;
import static dev.camelclado.component.service.RequestField.LINKEDIN_URLS;
import static dev.camelclado.component.service.RequestField.OFFSET;
import static dev.camelclado.component.service.RequestField.PAGE;
import static dev.camelclado.component.service.RequestField.PAGE_SIZE;
import static dev.camelclado.component.service.RequestField.PEOPLE_IDS;
import static dev.camelclado.component.service.RequestField.PHONE;
import static dev.camelclado.component.service.RequestField.PHONE_ENRICHMENT;
import static dev.camelclado.component.service.RequestField.POST_URL;
import static dev.camelclado.component.service.RequestField.QUERY;
import static dev.camelclado.component.service.RequestField.SEARCH_ID;

/**
 * Checks a request before anything is sent (and paid), with messages that name the option, its header and what to
 * do. Also fills the one default the component adds: contact enrichment asks for emails when no flag is set, since
 * Clado wants at least one.
 */
public final class RequestValidator {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_ADDITIONAL_LIMIT = 1000;
    public static final int MAX_BULK_URLS = 5000;

    private RequestValidator() {
    }

    /** The request, with defaults filled in, or a {@link CladoRequestValidationException}. */
    public static CladoRequest validate(CladoRequest request) {
        CladoOperation operation = request.operation();
        if (operation.takesJobId()) {
            require(request, JOB_ID, operation == CladoOperation.BULK_CONTACTS_STATUS
                    ? " (bulkContacts/start sets it on its answer)"
                    : " (deepResearch/start sets it on its answer)");
        }
        switch (operation) {
            case SEARCH_PEOPLE:
                if (!request.has(QUERY) && !request.has(SEARCH_ID)) {
                    throw invalid(operation, "query", "query is missing: set the option query or the header "
                            + QUERY.header() + " (or searchId / " + SEARCH_ID.header() + " to page an earlier search)");
                }
                range(request, LIMIT, 1, MAX_LIMIT, "; for more results page with searchId and offset");
                range(request, OFFSET, 0, Integer.MAX_VALUE, "");
                return request;
            case DEEP_RESEARCH_START:
                require(request, QUERY, "");
                range(request, LIMIT, 1, MAX_LIMIT, "; use deepResearch/continue for more results");
                return request;
            case DEEP_RESEARCH_STATUS:
                range(request, PAGE, 1, Integer.MAX_VALUE, "");
                range(request, PAGE_SIZE, 1, MAX_PAGE_SIZE, "");
                return request;
            case DEEP_RESEARCH_CONTINUE:
                range(request, ADDITIONAL_LIMIT, 1, MAX_ADDITIONAL_LIMIT, "");
                return request;
            case CONTACTS_GET:
                exactlyOneContactKey(request);
                return withEnrichmentDefault(request);
            case PROFILE_SCRAPE:
            case PROFILE_GET:
                require(request, LINKEDIN_URL, "");
                linkedinUrl(request, LINKEDIN_URL, request.text(LINKEDIN_URL));
                return request;
            case POST_REACTIONS:
                require(request, POST_URL, "");
                range(request, PAGE, 1, Integer.MAX_VALUE, "");
                return request;
            case BULK_CONTACTS_START:
                bulk(request);
                return withEnrichmentDefault(request);
            default:
                return request;
        }
    }

    private static void require(CladoRequest request, RequestField field, String hint) {
        if (!request.has(field)) {
            throw invalid(request.operation(), field.option(), field.option() + " is missing: set the option "
                    + field.option() + " or the header " + field.header() + hint);
        }
    }

    private static void range(CladoRequest request, RequestField field, int min, int max, String hint) {
        Integer value = request.integer(field);
        if (value != null && (value < min || value > max)) {
            String bounds = max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
            throw invalid(request.operation(), field.option(), field.option() + " must be " + bounds + ", was " + value
                    + " (option " + field.option() + " / header " + field.header() + ")" + hint);
        }
    }

    private static void exactlyOneContactKey(CladoRequest request) {
        List<String> given = new ArrayList<>();
        for (RequestField field : List.of(LINKEDIN_URL, EMAIL, PHONE)) {
            if (request.has(field)) {
                given.add(field.option());
            }
        }
        if (given.size() != 1) {
            throw invalid(request.operation(), "linkedinUrl,email,phone", "exactly one of linkedinUrl, email or phone"
                    + " must be set (options or headers " + LINKEDIN_URL.header() + ", " + EMAIL.header() + ", "
                    + PHONE.header() + "), " + (given.isEmpty() ? "none was" : given.size() + " were: " + given));
        }
        if (request.has(LINKEDIN_URL)) {
            linkedinUrl(request, LINKEDIN_URL, request.text(LINKEDIN_URL));
        }
        if (Boolean.FALSE.equals(request.bool(EMAIL_ENRICHMENT)) && Boolean.FALSE.equals(request.bool(PHONE_ENRICHMENT))) {
            throw invalid(request.operation(), "emailEnrichment,phoneEnrichment", "emailEnrichment and"
                    + " phoneEnrichment are both false: nothing would be looked up; set at least one to true");
        }
    }

    private static void bulk(CladoRequest request) {
        List<String> urls = request.list(LINKEDIN_URLS);
        if (urls.isEmpty()) {
            throw invalid(request.operation(), LINKEDIN_URLS.option(), "linkedinUrls is missing: set the option"
                    + " linkedinUrls, the header " + LINKEDIN_URLS.header() + " or send a List of URLs as the body");
        }
        if (urls.size() > MAX_BULK_URLS) {
            throw invalid(request.operation(), LINKEDIN_URLS.option(), "linkedinUrls has " + urls.size()
                    + " URLs; Clado takes at most " + MAX_BULK_URLS + " per job: split the list (e.g. with split()"
                    + " and a group size)");
        }
        for (String url : urls) {
            linkedinUrl(request, LINKEDIN_URLS, url);
        }
        List<String> ids = request.list(PEOPLE_IDS);
        if (!ids.isEmpty() && ids.size() != urls.size()) {
            throw invalid(request.operation(), PEOPLE_IDS.option(), "peopleIds has " + ids.size()
                    + " ids for " + urls.size() + " linkedinUrls: give one id per URL, in the same order");
        }
        if (Boolean.FALSE.equals(request.bool(EMAIL_ENRICHMENT)) && Boolean.FALSE.equals(request.bool(PHONE_ENRICHMENT))) {
            throw invalid(request.operation(), "emailEnrichment,phoneEnrichment", "emailEnrichment and"
                    + " phoneEnrichment are both false: nothing would be looked up; set at least one to true");
        }
    }

    private static void linkedinUrl(CladoRequest request, RequestField field, String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || !lower.contains("linkedin.com/")) {
            throw invalid(request.operation(), field.option(), field.option() + " must be a LinkedIn URL such as"
                    + " https://www.linkedin.com/in/<handle>, was '" + url + "'");
        }
    }

    private static CladoRequest withEnrichmentDefault(CladoRequest request) {
        if (!request.has(EMAIL_ENRICHMENT) && !request.has(PHONE_ENRICHMENT)) {
            return request.with(EMAIL_ENRICHMENT, Boolean.TRUE);
        }
        return request;
    }

    private static CladoRequestValidationException invalid(CladoOperation operation, String option, String problem) {
        return new CladoRequestValidationException(operation, option, problem);
    }
}
