package dev.camelclado.component;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.ContactsResponse;
import dev.camelclado.component.model.Credits;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobSubmission;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.model.PostReactionsResponse;
import dev.camelclado.component.model.ScrapeResponse;
import dev.camelclado.component.model.SearchResponse;
import dev.camelclado.component.service.RequestField;

import static dev.camelclado.component.service.RequestField.ADDITIONAL_LIMIT;
import static dev.camelclado.component.service.RequestField.ADVANCED_FILTERING;
import static dev.camelclado.component.service.RequestField.COMPANIES;
import static dev.camelclado.component.service.RequestField.EMAIL;
import static dev.camelclado.component.service.RequestField.EMAIL_ENRICHMENT;
import static dev.camelclado.component.service.RequestField.HARD_FILTER_COMPANY_URLS;
import static dev.camelclado.component.service.RequestField.JOB_ID;
import static dev.camelclado.component.service.RequestField.LIMIT;
import static dev.camelclado.component.service.RequestField.NOTIFY_EMAIL;
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
import static dev.camelclado.component.service.RequestField.REACTION_TYPE;
import static dev.camelclado.component.service.RequestField.SCHOOLS;
import static dev.camelclado.component.service.RequestField.SEARCH_ID;

/**
 * Every Clado operation: its {@code clado:resource/action} name, its direct API call, its route on the Locus MPP
 * gateway, the request fields it takes and the model its answer is read into.
 */
public enum CladoOperation {

    SEARCH_PEOPLE("search", "people", "GET", "/api/search", "search", true, SearchResponse.class,
            QUERY, LIMIT, OFFSET, SEARCH_ID, COMPANIES, SCHOOLS, ADVANCED_FILTERING),
    DEEP_RESEARCH_START("deepResearch", "start", "POST", "/api/search/deep_research", "deep-research", false,
            JobSubmission.class, QUERY, LIMIT, HARD_FILTER_COMPANY_URLS, NOTIFY_EMAIL),
    DEEP_RESEARCH_STATUS("deepResearch", "status", "GET", "/api/search/deep_research/{job_id}",
            "deep-research-status", true, DeepResearchStatus.class, JOB_ID, PAGE, PAGE_SIZE),
    DEEP_RESEARCH_CANCEL("deepResearch", "cancel", "POST", "/api/search/deep_research/{job_id}/cancel",
            "deep-research-cancel", false, CancelResult.class, JOB_ID),
    DEEP_RESEARCH_CONTINUE("deepResearch", "continue", "POST", "/api/search/deep_research/{job_id}/continue",
            "deep-research-more", false, JobSubmission.class, JOB_ID, ADDITIONAL_LIMIT),
    CONTACTS_GET("contacts", "get", "GET", "/api/enrich/contacts", "contacts", false, ContactsResponse.class,
            LINKEDIN_URL, EMAIL, PHONE, EMAIL_ENRICHMENT, PHONE_ENRICHMENT),
    PROFILE_SCRAPE("profile", "scrape", "GET", "/api/enrich/scrape", "scrape", false, ScrapeResponse.class,
            LINKEDIN_URL),
    PROFILE_GET("profile", "get", "GET", "/api/enrich/linkedin", "linkedin-profile", true, PersonResult.class,
            LINKEDIN_URL),
    POST_REACTIONS("post", "reactions", "GET", "/api/enrich/post-reactions", "post-reactions", false,
            PostReactionsResponse.class, POST_URL, PAGE, REACTION_TYPE),
    BULK_CONTACTS_START("bulkContacts", "start", "POST", "/api/enrich/bulk-contacts", "bulk-contacts", false,
            JobSubmission.class, LINKEDIN_URLS, PEOPLE_IDS, EMAIL_ENRICHMENT, PHONE_ENRICHMENT),
    BULK_CONTACTS_STATUS("bulkContacts", "status", "GET", "/api/enrich/bulk-contacts/{job_id}",
            "bulk-contacts-status", false, BulkContactsStatus.class, JOB_ID),
    ACCOUNT_CREDITS("account", "credits", "GET", "/api/credits", null, false, Credits.class);

    private final String resource;
    private final String action;
    private final String httpMethod;
    private final String directPath;
    private final String gatewayRoute;
    private final boolean legacyFlag;
    private final Class<?> responseType;
    private final List<RequestField> fields;

    CladoOperation(String resource, String action, String httpMethod, String directPath, String gatewayRoute,
                   boolean legacyFlag, Class<?> responseType, RequestField... fields) {
        this.resource = resource;
        this.action = action;
        this.httpMethod = httpMethod;
        this.directPath = directPath;
        this.gatewayRoute = gatewayRoute;
        this.legacyFlag = legacyFlag;
        this.responseType = responseType;
        this.fields = List.of(fields);
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
    }

    /** {@code resource/action}, as in the endpoint URI. */
    public String uriName() {
        return resource + "/" + action;
    }

    /** HTTP method of the direct API call. */
    public String httpMethod() {
        return httpMethod;
    }

    /** Path of the direct API call; {@code {job_id}} stands for the job id. */
    public String directPath() {
        return directPath;
    }

    /** Route under {@code /clado/} on the Locus MPP gateway, or null when the gateway does not offer it. */
    public String gatewayRoute() {
        return gatewayRoute;
    }

    /** Whether the direct call takes the deprecated {@code legacy} flag (always sent as {@code false}). */
    public boolean hasLegacyFlag() {
        return legacyFlag;
    }

    public Class<?> responseType() {
        return responseType;
    }

    public List<RequestField> fields() {
        return fields;
    }

    public boolean takesJobId() {
        return fields.contains(JOB_ID);
    }

    /** The operation named by a URI's resource and action, or an error that lists the valid ones. */
    public static CladoOperation of(String resource, String action) {
        for (CladoOperation op : values()) {
            if (op.resource.equals(resource) && op.action.equals(action)) {
                return op;
            }
        }
        boolean resourceKnown = Arrays.stream(values()).anyMatch(op -> op.resource.equals(resource));
        if (resourceKnown) {
            throw new IllegalArgumentException("Unknown action '" + action + "' for resource '" + resource
                    + "'. Valid: " + actionsOf(resource));
        }
        throw new IllegalArgumentException("Unknown resource '" + resource + "'. Valid resources: "
                + Arrays.stream(values()).map(CladoOperation::resource).distinct().collect(Collectors.joining(", "))
                + "; valid operations: " + validNames());
    }

    /**
     * Reads an operation override: a {@code CladoOperation}, a full name ({@code deepResearch/cancel}), an action
     * of {@code defaultResource} ({@code cancel}) or an enum constant name ({@code DEEP_RESEARCH_CANCEL}).
     */
    public static CladoOperation parse(Object value, String defaultResource) {
        if (value instanceof CladoOperation op) {
            return op;
        }
        String text = String.valueOf(value).trim();
        int slash = text.indexOf('/');
        if (slash > 0) {
            return of(text.substring(0, slash), text.substring(slash + 1));
        }
        for (CladoOperation op : values()) {
            if (op.name().equalsIgnoreCase(text)) {
                return op;
            }
        }
        return of(defaultResource, text);
    }

    private static String actionsOf(String resource) {
        return Arrays.stream(values()).filter(op -> op.resource.equals(resource)).map(CladoOperation::uriName)
                .collect(Collectors.joining(", "));
    }

    /** All operation names, for error messages. */
    public static String validNames() {
        return Arrays.stream(values()).map(CladoOperation::uriName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return uriName();
    }
}
