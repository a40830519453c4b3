package dev.camelclado.component;

import java.net.http.HttpClient;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of a {@code clado:} endpoint. The component holds one instance whose values every endpoint starts
 * from ({@link #copy()}), so an option set on the component applies to all endpoints unless an endpoint sets it
 * too. Request fields can also come from {@code CamelClado*} headers, which win over both.
 */
@UriParams
public class CladoConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://search.clado.ai";

    @UriParam(label = "common", defaultValue = "direct",
              description = "How calls are paid for: `direct` uses a Clado API key and Clado credits.")
    private CladoMode mode = CladoMode.direct;

    @UriParam(label = "security", secret = true,
              description = "Clado API key (starts with `lk_`), sent as a Bearer token in direct mode. Masked in"
                            + " logs and URIs.")
    private String apiKey;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Base URL of the Clado API. Point it at the embedded sandbox or a mock server for tests"
                            + " (for example `http://127.0.0.1:8089`).")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "How long to wait for a connection to the API (milliseconds or a duration such as `5s`).")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long to wait for an answer once the request is sent. Live profile scrapes can take"
                            + " tens of seconds.")
    private long requestTimeout = 60_000;

    @UriParam(label = "advanced",
              description = "A `java.net.http.HttpClient` of your own (proxy, TLS, executor). Redirects should stay"
                            + " disabled: the component never sends credentials to another host.")
    private HttpClient httpClient;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether deepResearch/cancel of a job that has already ended (HTTP 409 or"
                            + " `success:false`) fails the exchange with a `CladoJobConflictException`. By default it"
                            + " is reported in the body (`CancelResult`) and the `CamelCladoCancelled` header.")
    private boolean failOnCancelConflict;

    // --- request fields ---

    @UriParam(label = "producer", description = "Natural-language query (search/people, deepResearch/start).")
    private String query;

    @UriParam(label = "producer", description = "Maximum number of results, 1 to 100 (search/people default 30,"
                                                + " deepResearch/start default 30).")
    private Integer limit;

    @UriParam(label = "producer", description = "Number of search results to skip, for paging (search/people).")
    private Integer offset;

    @UriParam(label = "producer", description = "Search id from an earlier search/people answer, to page through"
                                                + " its results.")
    private String searchId;

    @UriParam(label = "producer", description = "Comma-separated company names to restrict a search to. Use the"
                                                + " `CamelCladoCompanies` header with a List for names with commas.")
    private String companies;

    @UriParam(label = "producer", description = "Comma-separated school names to restrict a search to.")
    private String schools;

    @UriParam(label = "producer", description = "Whether Clado's AI filtering is used (search/people, Clado default"
                                                + " true). Without it a search costs 5 credits flat.")
    private Boolean advancedFiltering;

    @UriParam(label = "producer", description = "Comma-separated LinkedIn company URLs a deep research is restricted"
                                                + " to (deepResearch/start).")
    private String hardFilterCompanyUrls;

    @UriParam(label = "producer", description = "Job id for deepResearch/status, cancel and continue and for"
                                                + " bulkContacts/status.")
    private String jobId;

    @UriParam(label = "producer", description = "Page to read: 1-based page of deep-research results (without it all"
                                                + " results come at once) or of post reactions.")
    private Integer page;

    @UriParam(label = "producer", description = "Deep-research results per page, 1 to 100 (Clado default 25); used"
                                                + " with `page`.")
    private Integer pageSize;

    @UriParam(label = "producer", description = "How many more results deepResearch/continue looks for (Clado"
                                                + " default 30).")
    private Integer additionalLimit;

    @UriParam(label = "producer", description = "LinkedIn profile URL (contacts/get, profile/scrape, profile/get).")
    private String linkedinUrl;

    @UriParam(label = "producer", description = "Email address to look up (contacts/get).")
    private String email;

    @UriParam(label = "producer", description = "Phone number to look up (contacts/get).")
    private String phone;

    @UriParam(label = "producer", description = "Whether to return email addresses (contacts/get,"
                                                + " bulkContacts/start). When neither enrichment flag is set, emails"
                                                + " are requested.")
    private Boolean emailEnrichment;

    @UriParam(label = "producer", description = "Whether to return phone numbers (contacts/get, bulkContacts/start).")
    private Boolean phoneEnrichment;

    @UriParam(label = "producer", description = "LinkedIn post URL (post/reactions).")
    private String postUrl;

    @UriParam(label = "producer", description = "Reaction type to filter on, e.g. like, love, celebrate, support,"
                                                + " insightful, funny (post/reactions).")
    private String reactionType;

    @UriParam(label = "producer", description = "Comma-separated LinkedIn profile URLs to enrich"
                                                + " (bulkContacts/start), at most 5000. A List or array message body"
                                                + " is used when neither this option nor the header is set.")
    private String linkedinUrls;

    @UriParam(label = "producer", description = "Comma-separated ids of your own, one per LinkedIn URL, echoed in"
                                                + " bulk results (bulkContacts/start).")
    private String peopleIds;

    public CladoConfiguration copy() {
        try {
            return (CladoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public CladoMode getMode() {
        return mode;
    }

    public void setMode(CladoMode mode) {
        this.mode = mode;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public boolean isFailOnCancelConflict() {
        return failOnCancelConflict;
    }

    public void setFailOnCancelConflict(boolean failOnCancelConflict) {
        this.failOnCancelConflict = failOnCancelConflict;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }

    public String getSearchId() {
        return searchId;
    }

    public void setSearchId(String searchId) {
        this.searchId = searchId;
    }

    public String getCompanies() {
        return companies;
    }

    public void setCompanies(String companies) {
        this.companies = companies;
    }

    public String getSchools() {
        return schools;
    }

    public void setSchools(String schools) {
        this.schools = schools;
    }

    public Boolean getAdvancedFiltering() {
        return advancedFiltering;
    }

    public void setAdvancedFiltering(Boolean advancedFiltering) {
        this.advancedFiltering = advancedFiltering;
    }

    public String getHardFilterCompanyUrls() {
        return hardFilterCompanyUrls;
    }

    public void setHardFilterCompanyUrls(String hardFilterCompanyUrls) {
        this.hardFilterCompanyUrls = hardFilterCompanyUrls;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Integer getAdditionalLimit() {
        return additionalLimit;
    }

    public void setAdditionalLimit(Integer additionalLimit) {
        this.additionalLimit = additionalLimit;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String linkedinUrl) {
        this.linkedinUrl = linkedinUrl;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Boolean getEmailEnrichment() {
        return emailEnrichment;
    }

    public void setEmailEnrichment(Boolean emailEnrichment) {
        this.emailEnrichment = emailEnrichment;
    }

    public Boolean getPhoneEnrichment() {
        return phoneEnrichment;
    }

    public void setPhoneEnrichment(Boolean phoneEnrichment) {
        this.phoneEnrichment = phoneEnrichment;
    }

    public String getPostUrl() {
        return postUrl;
    }

    public void setPostUrl(String postUrl) {
        this.postUrl = postUrl;
    }

    public String getReactionType() {
        return reactionType;
    }

    public void setReactionType(String reactionType) {
        this.reactionType = reactionType;
    }

    public String getLinkedinUrls() {
        return linkedinUrls;
    }

    public void setLinkedinUrls(String linkedinUrls) {
        this.linkedinUrls = linkedinUrls;
    }

    public String getPeopleIds() {
        return peopleIds;
    }

    public void setPeopleIds(String peopleIds) {
        this.peopleIds = peopleIds;
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "CladoConfiguration[mode=" + mode + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
               + "]";
    }
}
