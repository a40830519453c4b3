package dev.camelclado.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code clado:} component. Request headers override the endpoint and component options of
 * the same name; response headers carry facts from the answer. {@link #JOB_ID} and {@link #SEARCH_ID} are both: a
 * {@code deepResearch/start} sets {@code CamelCladoJobId}, so a following {@code deepResearch/status} in the same
 * route needs no configuration.
 */
public final class CladoConstants {

    // --- request: which operation -------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "Overrides the endpoint's action for this message: an action of the"
            + " endpoint's resource (`status`), a full operation (`deepResearch/status`) or a `CladoOperation` value. It"
            + " stays on the message: remove it before calling another clado endpoint.", javaType = "String")
    public static final String OPERATION = "CamelCladoOperation";

    // --- request fields -----------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "Natural-language query (search/people, deepResearch/start).",
            javaType = "String")
    public static final String QUERY = "CamelCladoQuery";
    @Metadata(label = "producer", description = "Maximum number of results, 1 to 100 (search/people,"
            + " deepResearch/start).", javaType = "Integer")
    public static final String LIMIT = "CamelCladoLimit";
    @Metadata(label = "producer", description = "Number of results to skip (search/people).", javaType = "Integer")
    public static final String OFFSET = "CamelCladoOffset";
    @Metadata(label = "producer", description = "Search id of an earlier search/people, to page through its results."
            + " Set on the answer; the next search/people reuses it only with an offset (a new query starts a new"
            + " search).", javaType = "String")
    public static final String SEARCH_ID = "CamelCladoSearchId";
    @Metadata(label = "producer", description = "Company names to restrict a search to: a List, an array or a"
            + " comma-separated String.", javaType = "java.util.List<String>")
    public static final String COMPANIES = "CamelCladoCompanies";
    @Metadata(label = "producer", description = "School names to restrict a search to: a List, an array or a"
            + " comma-separated String.", javaType = "java.util.List<String>")
    public static final String SCHOOLS = "CamelCladoSchools";
    @Metadata(label = "producer", description = "Whether Clado's AI filtering is used (search/people); it changes the"
            + " price.", javaType = "Boolean")
    public static final String ADVANCED_FILTERING = "CamelCladoAdvancedFiltering";
    @Metadata(label = "producer", description = "LinkedIn company URLs a deep research is restricted to.",
            javaType = "java.util.List<String>")
    public static final String HARD_FILTER_COMPANY_URLS = "CamelCladoHardFilterCompanyUrls";
    @Metadata(label = "producer", description = "Email address Clado notifies when a deep research completes"
            + " (deepResearch/start).", javaType = "String")
    public static final String NOTIFY_EMAIL = "CamelCladoNotifyEmail";
    @Metadata(description = "Id of a deep-research or bulk-contacts job. Set on the answers of job"
            + " operations, so that a following call needs no configuration; a jobId option on that endpoint wins over"
            + " the id the component wrote. On consumer exchanges, the job the event is about.", javaType = "String")
    public static final String JOB_ID = "CamelCladoJobId";
    @Metadata(label = "producer", description = "Page of deep-research results (1-based) or of post reactions.",
            javaType = "Integer")
    public static final String PAGE = "CamelCladoPage";
    @Metadata(label = "producer", description = "Deep-research results per page, 1 to 100.", javaType = "Integer")
    public static final String PAGE_SIZE = "CamelCladoPageSize";
    @Metadata(label = "producer", description = "How many more results deepResearch/continue looks for.",
            javaType = "Integer")
    public static final String ADDITIONAL_LIMIT = "CamelCladoAdditionalLimit";
    @Metadata(label = "producer", description = "LinkedIn profile URL (contacts/get, profile/scrape, profile/get).",
            javaType = "String")
    public static final String LINKEDIN_URL = "CamelCladoLinkedinUrl";
    @Metadata(label = "producer", description = "Email address to look up (contacts/get).", javaType = "String")
    public static final String EMAIL = "CamelCladoEmail";
    @Metadata(label = "producer", description = "Phone number to look up (contacts/get).", javaType = "String")
    public static final String PHONE = "CamelCladoPhone";
    @Metadata(label = "producer", description = "Whether to return email addresses (contacts/get,"
            + " bulkContacts/start).", javaType = "Boolean")
    public static final String EMAIL_ENRICHMENT = "CamelCladoEmailEnrichment";
    @Metadata(label = "producer", description = "Whether to return phone numbers (contacts/get, bulkContacts/start).",
            javaType = "Boolean")
    public static final String PHONE_ENRICHMENT = "CamelCladoPhoneEnrichment";
    @Metadata(label = "producer", description = "LinkedIn post URL (post/reactions).", javaType = "String")
    public static final String POST_URL = "CamelCladoPostUrl";
    @Metadata(label = "producer", description = "Reaction type to filter on, e.g. like, love, celebrate"
            + " (post/reactions).", javaType = "String")
    public static final String REACTION_TYPE = "CamelCladoReactionType";
    @Metadata(label = "producer", description = "LinkedIn profile URLs to enrich (bulkContacts/start), at most 5000:"
            + " a List, an array or a comma-separated String.", javaType = "java.util.List<String>")
    public static final String LINKEDIN_URLS = "CamelCladoLinkedinUrls";
    @Metadata(label = "producer", description = "Your own ids, one per LinkedIn URL, echoed in bulk results.",
            javaType = "java.util.List<String>")
    public static final String PEOPLE_IDS = "CamelCladoPeopleIds";

    // --- response -----------------------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The operation that ran, e.g. `deepResearch/status`.",
            javaType = "String")
    public static final String OPERATION_EXECUTED = "CamelCladoOperationExecuted";
    @Metadata(description = "HTTP status code of the answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelCladoHttpStatus";
    @Metadata(description = "Job status as Clado reports it: pending, searching, processing,"
            + " completed, error, cancelled (deep research) or the bulk-contacts statuses.", javaType = "String")
    public static final String JOB_STATUS = "CamelCladoJobStatus";
    @Metadata(description = "Whether the job has ended (completed, error or cancelled).",
            javaType = "Boolean")
    public static final String JOB_TERMINAL = "CamelCladoJobTerminal";
    @Metadata(description = "Number of results in this answer.", javaType = "Integer")
    public static final String RESULT_COUNT = "CamelCladoResultCount";
    @Metadata(description = "Total results of a job across pages (deep research"
            + " `final_results_count`, bulk `total_urls`) or of a search answer (`total`).", javaType = "Integer")
    public static final String TOTAL_RESULTS = "CamelCladoTotalResults";
    @Metadata(label = "producer", description = "Offset of the next search page, when this page was full.",
            javaType = "Integer")
    public static final String NEXT_OFFSET = "CamelCladoNextOffset";
    @Metadata(label = "producer", description = "Number of the next page (deep research with `page`, post"
            + " reactions), absent on the last page.", javaType = "Integer")
    public static final String NEXT_PAGE = "CamelCladoNextPage";
    @Metadata(label = "producer", description = "Whether deepResearch/cancel stopped the job; false when the job"
            + " had already ended.", javaType = "Boolean")
    public static final String CANCELLED = "CamelCladoCancelled";
    @Metadata(label = "producer", description = "Credit balance (account/credits); 1 credit is $0.01.",
            javaType = "Long")
    public static final String CREDITS = "CamelCladoCredits";
    @Metadata(label = "producer", description = "Requests allowed per window, when the API reports it"
            + " (`X-RateLimit-Limit`).", javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = "CamelCladoRateLimitLimit";
    @Metadata(label = "producer", description = "Requests left in the window, when the API reports it"
            + " (`X-RateLimit-Remaining`).", javaType = "Integer")
    public static final String RATE_LIMIT_REMAINING = "CamelCladoRateLimitRemaining";
    @Metadata(label = "producer", description = "When the window resets, as the API reports it"
            + " (`X-RateLimit-Reset`, usually epoch seconds).", javaType = "String")
    public static final String RATE_LIMIT_RESET = "CamelCladoRateLimitReset";

    // --- watching jobs (consumer) --------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "Whether the job of this call is watched by `clado:...Status` consumers"
            + " of the application: a started or continued job is watched unless this is false (or watchJobs=false);"
            + " true adds the job of a status, cancel or continue call.", javaType = "Boolean")
    public static final String WATCH = "CamelCladoWatch";
    @Metadata(label = "consumer", description = "The status the consumer emitted before this one for the job, absent"
            + " on its first event.", javaType = "String")
    public static final String JOB_PREVIOUS_STATUS = "CamelCladoJobPreviousStatus";
    @Metadata(label = "consumer", description = "What the event is about: `status` (a new status), `progress` (new"
            + " progress figures, with emitProgress=true) or `watchEnded` (a poll limit ended the watch).",
            javaType = "String")
    public static final String JOB_CHANGE = "CamelCladoJobChange";
    @Metadata(label = "consumer", description = "Identifies the event, the same each time the same change is emitted:"
            + " `<jobId>:<run>:<what>`, where run is when the job's run started (epoch milliseconds; a continue starts"
            + " a new one) and what is `status:<status>`, `progress:<figures>` or `watchEnded:<reason>`. An event is"
            + " recorded as emitted only after the route took it, so after a crash (or a failed save) it may come"
            + " again: a route with side effects can drop it with an idempotent consumer on this header.",
            javaType = "String")
    public static final String EVENT_ID = "CamelCladoEventId";
    @Metadata(label = "consumer", description = "Deep research: search chunks done (`search_chunk_done`).",
            javaType = "Integer")
    public static final String SEARCH_CHUNK_DONE = "CamelCladoSearchChunkDone";
    @Metadata(label = "consumer", description = "Deep research: search chunks in all (`search_chunk_total`).",
            javaType = "Integer")
    public static final String SEARCH_CHUNK_TOTAL = "CamelCladoSearchChunkTotal";
    @Metadata(label = "consumer", description = "Bulk contacts: URLs processed so far (`processed`).",
            javaType = "Integer")
    public static final String PROCESSED = "CamelCladoProcessed";
    @Metadata(label = "consumer", description = "Bulk contacts: URLs in the job (`total_urls`).", javaType = "Integer")
    public static final String TOTAL_URLS = "CamelCladoTotalUrls";
    @Metadata(label = "consumer", description = "Status reads made for the job so far by consumers, including the"
            + " final results read and failed reads that may have been paid.", javaType = "Integer")
    public static final String JOB_POLLS = "CamelCladoJobPolls";
    @Metadata(label = "consumer", description = "What the job's status reads cost so far, in base units (6"
            + " decimals; 0 in direct mode).", javaType = "Long")
    public static final String JOB_POLL_COST = "CamelCladoJobPollCost";
    @Metadata(label = "consumer", description = "What the job cost this application so far in base units: its start"
            + " and continue calls (made through clado producers) plus its status reads.", javaType = "Long")
    public static final String JOB_COST = "CamelCladoJobCost";
    @Metadata(label = "consumer", description = "Why the job is no longer watched, on its last event: its terminal"
            + " status, `notFound` (404, also for expired jobs), `forbidden` (403), `maxPollsPerJob` or"
            + " `maxSpendPerJob` (also on a terminal event whose results read would have passed that limit).",
            javaType = "String")
    public static final String WATCH_END_REASON = "CamelCladoWatchEndReason";
    @Metadata(label = "consumer", description = "With resultsMode=pages, on the terminal event: the job's results as"
            + " an Iterable of pages (each a List of PersonResult), read one page at a time as the route iterates"
            + " (each page is a paid read in mpp mode). Use `split(header(\"CamelCladoResultPages\")).streaming()`.",
            javaType = "dev.camelclado.component.watch.ResultPages")
    public static final String RESULT_PAGES = "CamelCladoResultPages";

    // --- mpp mode ---

    @Metadata(label = "producer", description = "Read the price from the gateway's 402 and pay nothing (mode=mpp);"
            + " the body becomes a CladoQuote.", javaType = "Boolean")
    public static final String QUOTE = "CamelCladoQuote";
    @Metadata(label = "producer", description = "Names the call for payment idempotency (mode=mpp): a second call with"
            + " the same key and operation is not paid while the first one's payment settled or may still settle, even"
            + " from another exchange. Without it only Camel redeliveries of the same exchange are recognised: set it"
            + " (e.g. to a message id) on transacted or broker-redelivered routes, where a redelivery is a new exchange.",
            javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelCladoIdempotencyKey";
    @Metadata(label = "producer", description = "The quoted price in base units (6 decimals), after a quote.",
            javaType = "java.math.BigInteger")
    public static final String PRICE = "CamelCladoPrice";
    @Metadata(label = "producer", description = "Whether the endpoint's limits would pay the quoted price.",
            javaType = "Boolean")
    public static final String PRICE_ACCEPTABLE = "CamelCladoPriceAcceptable";
    @Metadata(description = "What the call was paid, in base units (mode=mpp).",
            javaType = "java.math.BigInteger")
    public static final String PAID_AMOUNT = "CamelCladoPaidAmount";
    @Metadata(description = "The token the call was paid in (mode=mpp).", javaType = "String")
    public static final String PAYMENT_CURRENCY = "CamelCladoPaymentCurrency";
    @Metadata(description = "Who was paid (mode=mpp).", javaType = "String")
    public static final String PAYMENT_RECIPIENT = "CamelCladoPaymentRecipient";
    @Metadata(description = "The receipt's reference: the settled transaction's hash (mode=mpp).",
            javaType = "String")
    public static final String PAYMENT_REFERENCE = "CamelCladoPaymentReference";
    @Metadata(description = "Hash of the transaction this client signed (mode=mpp); differs from"
            + " the reference when the gateway sponsors fees.", javaType = "String")
    public static final String PAYMENT_TRANSACTION = "CamelCladoPaymentTransaction";
    @Metadata(description = "Id of the payment challenge paid (mode=mpp).", javaType = "String")
    public static final String PAYMENT_CHALLENGE_ID = "CamelCladoPaymentChallengeId";
    @Metadata(description = "SETTLED, or UNKNOWN when the gateway answered an error after"
            + " payment (Locus refunds failed upstream calls).", javaType = "String")
    public static final String PAYMENT_STATUS = "CamelCladoPaymentStatus";
    @Metadata(description = "Id of the payment's record in the ledger.", javaType = "String")
    public static final String PAYMENT_RECORD_ID = "CamelCladoPaymentRecordId";

    private CladoConstants() {
    }
}
