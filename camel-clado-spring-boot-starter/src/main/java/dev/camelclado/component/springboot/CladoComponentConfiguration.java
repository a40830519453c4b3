package dev.camelclado.component.springboot;

import dev.camelclado.component.CladoMode;
import dev.camelclado.component.CladoPollSchedule;
import dev.camelclado.component.CladoResultsMode;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clado people search, deep research and LinkedIn enrichment: search people, run and control deep-research jobs,
 * enrich contacts and profiles, with a Clado API key or paying per call through the Locus MPP gateway; and, as a
 * consumer of deepResearch/status or bulkContacts/status, one event per job status change.
 *
 * Generated from the clado component's catalog by ComponentConfigurationSource (in this module's tests):
 * do not edit.
 */
@ConfigurationProperties(prefix = "camel.component.clado")
public class CladoComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the clado component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Component-wide defaults for every clado endpoint A reference to a bean: #name or #bean:name.
     */
    private String configuration;
    /**
     * Job id for deepResearch/status, cancel and continue and for bulkContacts/status. On a consumer: watch this
     * job only (without it, the consumer watches every job the application's producers start; a second consumer of
     * the same jobs in one component is refused).
     */
    private String jobId;
    /**
     * How calls are paid for: direct uses a Clado API key and Clado credits; mpp pays each call from a Tempo
     * wallet through the Locus MPP gateway, with no Clado account. Default: direct. One of: direct mpp.
     */
    private CladoMode mode;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally
     * only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
     * component to hook into the 3rd party component and make this possible for future releases. By default the
     * consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at
     * WARN or ERROR level and ignored. Default: false.
     */
    private Boolean bridgeErrorHandler;
    /**
     * Whether an event is also emitted when only a job's progress figures change (search chunks, results found,
     * URLs processed), not just its status. Default: false.
     */
    private Boolean emitProgress;
    /**
     * Longest time a running job goes unread (adaptive schedule). Default: 5m.
     */
    private String maxPollInterval;
    /**
     * Stop watching a job after this many status reads, with a last event whose CamelCladoWatchEndReason is
     * maxPollsPerJob (0: no limit). Default: 0.
     */
    private Integer maxPollsPerJob;
    /**
     * Stop watching a job once its reads would cost more than this, in base units (mode=mpp; 30000 is $0.03), with
     * a last event whose CamelCladoWatchEndReason is maxSpendPerJob (0: no limit). Default: 0.
     */
    private Long maxSpendPerJob;
    /**
     * Shortest time between two status reads of one job (and the interval of pollSchedule=fixed). The scheduler's
     * delay is only how often the consumer checks which jobs are due: no request is made unless one is. Default:
     * 5s.
     */
    private String minPollInterval;
    /**
     * Adaptive schedule: the longest wait between two reads of a job, as a fraction of how long the job has been
     * running. Smaller values see changes sooner and read more often. Default: 1.0.
     */
    private Double pollAgeRatio;
    /**
     * How the status reads of a job are spaced: adaptive reads when a change is likely (predicted from progress,
     * else spaced by the job's age, between minPollInterval and maxPollInterval); fixed reads every
     * minPollInterval. In mpp mode each read is paid. Default: adaptive. One of: adaptive fixed.
     */
    private CladoPollSchedule pollSchedule;
    /**
     * What the terminal event of a deep-research job carries: all results (one more read when the job ends),
     * result pages read as the route iterates the CamelCladoResultPages header, or none. Default: all. One of: all
     * pages none.
     */
    private CladoResultsMode resultsMode;
    /**
     * The clock the poll schedule runs on; the system clock by default. For simulations that run the sandbox on a
     * fast clock. A reference to a bean: #name or #bean:name.
     */
    private String clock;
    /**
     * Most jobs read in one run of the scheduler; the others wait for the next run. Default: 20.
     */
    private Integer maxReadsPerPoll;
    /**
     * How many more results deepResearch/continue looks for (Clado default 30).
     */
    private Integer additionalLimit;
    /**
     * Whether Clado's AI filtering is used (search/people); when unset Clado's default (true) applies. Without it
     * a search costs 5 credits flat. Default: true.
     */
    private Boolean advancedFiltering;
    /**
     * Comma-separated company names to restrict a search to. Use the CamelCladoCompanies header with a List for
     * names with commas.
     */
    private String companies;
    /**
     * Email address to look up (contacts/get).
     */
    private String email;
    /**
     * Whether to return email addresses (contacts/get, bulkContacts/start). When neither enrichment flag is set,
     * emails are requested. Default: true.
     */
    private Boolean emailEnrichment;
    /**
     * Whether deepResearch/cancel of a job that has already ended (HTTP 409 or success:false) fails the exchange
     * with a CladoJobConflictException. By default it is reported in the body (CancelResult) and the
     * CamelCladoCancelled header. Default: false.
     */
    private Boolean failOnCancelConflict;
    /**
     * Comma-separated LinkedIn company URLs a deep research is restricted to (deepResearch/start).
     */
    private String hardFilterCompanyUrls;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
     * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time and prolong the total processing
     * time of the processing. Default: false.
     */
    private Boolean lazyStartProducer;
    /**
     * Maximum number of results, 1 to 100 (search/people default 30, deepResearch/start default 30).
     */
    private Integer limit;
    /**
     * LinkedIn profile URL (contacts/get, profile/scrape, profile/get).
     */
    private String linkedinUrl;
    /**
     * Comma-separated LinkedIn profile URLs to enrich (bulkContacts/start), at most 5000. A List or array message
     * body is used when neither this option nor the header is set.
     */
    private String linkedinUrls;
    /**
     * Email address Clado notifies when a deep research completes (deepResearch/start).
     */
    private String notifyEmail;
    /**
     * Number of search results to skip, for paging (search/people).
     */
    private Integer offset;
    /**
     * Page to read: 1-based page of deep-research results (without it all results come at once) or of post
     * reactions.
     */
    private Integer page;
    /**
     * Deep-research results per page, 1 to 100 (Clado default 25); used with page.
     */
    private Integer pageSize;
    /**
     * Comma-separated ids of your own, one per LinkedIn URL, echoed in bulk results (bulkContacts/start).
     */
    private String peopleIds;
    /**
     * Phone number to look up (contacts/get).
     */
    private String phone;
    /**
     * Whether to return phone numbers (contacts/get, bulkContacts/start). Default: false.
     */
    private Boolean phoneEnrichment;
    /**
     * LinkedIn post URL (post/reactions).
     */
    private String postUrl;
    /**
     * Natural-language query (search/people, deepResearch/start).
     */
    private String query;
    /**
     * Read the price of the call from the gateway's 402 and pay nothing (mode=mpp): the body is a CladoQuote. The
     * CamelCladoQuote header sets it per message. Default: false.
     */
    private Boolean quote;
    /**
     * Reaction type to filter on, e.g. like, love, celebrate, support, insightful, funny (post/reactions).
     */
    private String reactionType;
    /**
     * Comma-separated school names to restrict a search to.
     */
    private String schools;
    /**
     * Search id from an earlier search/people answer, to page through its results.
     */
    private String searchId;
    /**
     * Whether jobs this endpoint starts or continues (deepResearch/start and continue, bulkContacts/start) are
     * added to the watch list that clado:deepResearch/status and clado:bulkContacts/status consumers poll. The
     * CamelCladoWatch header overrides it per message. Default: true.
     */
    private Boolean watchJobs;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc. Default: true.
     */
    private Boolean autowiredEnabled;
    /**
     * Base URL of the Clado API. Point it at the embedded sandbox or a mock server for tests (for example
     * http://127.0.0.1:8089). Default: https://search.clado.ai.
     */
    private String baseUrl;
    /**
     * How long to wait for a connection to the API (milliseconds or a duration such as 5s). Default: 10s.
     */
    private String connectTimeout;
    /**
     * A java.net.http.HttpClient of your own (proxy, TLS, executor). Redirects should stay disabled: the component
     * never sends credentials to another host. When not set, the only bean of this type in the application context
     * is used. A reference to a bean: #name or #bean:name.
     */
    private String httpClient;
    /**
     * The largest answer body read, in bytes (32 MiB by default; a deep research of 1,000 profiles is about 0.6
     * MB). A larger answer fails the call instead of filling the heap: in mpp mode it counts as paid with an
     * unknown outcome, since the gateway was paid. Default: 33554432.
     */
    private Long maxResponseSize;
    /**
     * How long to wait for the whole answer (headers and body) once the request is sent. Live profile scrapes can
     * take tens of seconds. Default: 60s.
     */
    private String requestTimeout;
    /**
     * Where watched jobs and the statuses already emitted are kept, shared by producers and consumers. Defaults to
     * one in-memory repository per component; use a JdbcJobWatchRepository so that a restart neither forgets jobs
     * nor emits a status twice, and so that several nodes share the work. When not set, the only bean of this type
     * in the application context is used. A reference to a bean: #name or #bean:name.
     */
    private String watchRepository;
    /**
     * Used for enabling or disabling all consumer based health checks from this component Default: true.
     */
    private Boolean healthCheckConsumerEnabled;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true. Default: true.
     */
    private Boolean healthCheckProducerEnabled;
    /**
     * Comma-separated Tempo chain ids a payment may be made on (4217 mainnet, 42431 testnet). Default: 4217,42431.
     */
    private String allowedChainIds;
    /**
     * Comma-separated token addresses a payment may be made in. By default USDC.e and pathUSD on mainnet and
     * pathUSD on testnet.
     */
    private String allowedCurrencies;
    /**
     * Comma-separated addresses that may be paid: the gateway's payee. Until one is set (or allowAnyRecipient),
     * payments are refused with a message naming the recipient asked for; a quote (CamelCladoQuote=true) shows it
     * too.
     */
    private String allowedRecipients;
    /**
     * A spending budget in base units over budgetWindow, shared by all endpoints of the component through its
     * ledger; a payment that would exceed it is refused. No budget when unset.
     */
    private Long budgetAmount;
    /**
     * The sliding window of budgetAmount. Default: 24h.
     */
    private String budgetWindow;
    /**
     * Base URL of the Locus MPP gateway (mode=mpp). https, or http to a loopback address such as the embedded
     * sandbox. Default: https://clado.mpp.paywithlocus.com.
     */
    private String gatewayUrl;
    /**
     * The most one call may cost, in base units of the stablecoin (6 decimals: 1000000 is $1). A dearer challenge
     * is refused and nothing is paid. Default: 1000000.
     */
    private Long maxAmount;
    /**
     * Path of a Web3 Secret Storage (v3) keystore file holding the paying wallet (mode=mpp), as written by web3j,
     * geth or Foundry.
     */
    private String walletKeystore;
    /**
     * Pay whatever recipient the gateway names (within the other limits), instead of the allowedRecipients.
     * Default: false.
     */
    private Boolean allowAnyRecipient;
    /**
     * Names this application in the attribution memo of its payments.
     */
    private String clientId;
    /**
     * Gas limit of payment transactions when no rpcUrl is set. Default: 350000.
     */
    private Long gasLimit;
    /**
     * Where payments are recorded: a dev.camelclado.mpp.ledger.PaymentLedger bean, e.g. a JdbcPaymentLedger so
     * budgets survive restarts. By default an in-memory ledger shared by the component's endpoints. When not set,
     * the only bean of this type in the application context is used. A reference to a bean: #name or #bean:name.
     */
    private String ledger;
    /**
     * Max fee per gas (attodollars) of payment transactions when no rpcUrl is set; Tempo's base fee never exceeds
     * 1.2e10. gasLimit x maxFeePerGas is the most a payment's network fee can cost, and counts against the budget.
     * Default: 12000000000.
     */
    private Long maxFeePerGas;
    /**
     * How many payment credentials one call may send: after a refused credential, a fresh challenge may be paid
     * instead, up to this many in all. Default: 2.
     */
    private Integer maxPaymentAttempts;
    /**
     * Max priority fee per gas (attodollars) of payment transactions when no rpcUrl is set. Default: 0.
     */
    private Long maxPriorityFeePerGas;
    /**
     * A Tempo JSON-RPC node to read gas and fee figures from (needs org.web3j:core on the classpath); the fixed
     * gasLimit and fee options are used when unset.
     */
    private String rpcUrl;
    /**
     * A dev.camelclado.mpp.wallet.Wallet bean that signs payments (mode=mpp), e.g. backed by an HSM; used when
     * neither walletPrivateKey nor walletKeystore is set (they win over it, so an autowired wallet never replaces
     * the one an endpoint names). When not set, the only bean of this type in the application context is used. A
     * reference to a bean: #name or #bean:name.
     */
    private String wallet;
    /**
     * Allow plain http to a baseUrl or gatewayUrl that is not a loopback address. Off by default: the API key and
     * payment credentials are bearer secrets. Only for networks you control. Default: false.
     */
    private Boolean allowInsecureHttp;
    /**
     * Clado API key (starts with lk_), sent as a Bearer token in direct mode. Masked in logs and URIs.
     */
    private String apiKey;
    /**
     * Password of the walletKeystore.
     */
    private String walletKeystorePassword;
    /**
     * The paying wallet's private key, 32 bytes of hex (mode=mpp). Masked in logs and URIs; prefer a keystore or a
     * wallet bean in production.
     */
    private String walletPrivateKey;

    public String getConfiguration() {
        return configuration;
    }

    public void setConfiguration(String configuration) {
        this.configuration = configuration;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public CladoMode getMode() {
        return mode;
    }

    public void setMode(CladoMode mode) {
        this.mode = mode;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitProgress() {
        return emitProgress;
    }

    public void setEmitProgress(Boolean emitProgress) {
        this.emitProgress = emitProgress;
    }

    public String getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(String maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Integer getMaxPollsPerJob() {
        return maxPollsPerJob;
    }

    public void setMaxPollsPerJob(Integer maxPollsPerJob) {
        this.maxPollsPerJob = maxPollsPerJob;
    }

    public Long getMaxSpendPerJob() {
        return maxSpendPerJob;
    }

    public void setMaxSpendPerJob(Long maxSpendPerJob) {
        this.maxSpendPerJob = maxSpendPerJob;
    }

    public String getMinPollInterval() {
        return minPollInterval;
    }

    public void setMinPollInterval(String minPollInterval) {
        this.minPollInterval = minPollInterval;
    }

    public Double getPollAgeRatio() {
        return pollAgeRatio;
    }

    public void setPollAgeRatio(Double pollAgeRatio) {
        this.pollAgeRatio = pollAgeRatio;
    }

    public CladoPollSchedule getPollSchedule() {
        return pollSchedule;
    }

    public void setPollSchedule(CladoPollSchedule pollSchedule) {
        this.pollSchedule = pollSchedule;
    }

    public CladoResultsMode getResultsMode() {
        return resultsMode;
    }

    public void setResultsMode(CladoResultsMode resultsMode) {
        this.resultsMode = resultsMode;
    }

    public String getClock() {
        return clock;
    }

    public void setClock(String clock) {
        this.clock = clock;
    }

    public Integer getMaxReadsPerPoll() {
        return maxReadsPerPoll;
    }

    public void setMaxReadsPerPoll(Integer maxReadsPerPoll) {
        this.maxReadsPerPoll = maxReadsPerPoll;
    }

    public Integer getAdditionalLimit() {
        return additionalLimit;
    }

    public void setAdditionalLimit(Integer additionalLimit) {
        this.additionalLimit = additionalLimit;
    }

    public Boolean getAdvancedFiltering() {
        return advancedFiltering;
    }

    public void setAdvancedFiltering(Boolean advancedFiltering) {
        this.advancedFiltering = advancedFiltering;
    }

    public String getCompanies() {
        return companies;
    }

    public void setCompanies(String companies) {
        this.companies = companies;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getEmailEnrichment() {
        return emailEnrichment;
    }

    public void setEmailEnrichment(Boolean emailEnrichment) {
        this.emailEnrichment = emailEnrichment;
    }

    public Boolean getFailOnCancelConflict() {
        return failOnCancelConflict;
    }

    public void setFailOnCancelConflict(Boolean failOnCancelConflict) {
        this.failOnCancelConflict = failOnCancelConflict;
    }

    public String getHardFilterCompanyUrls() {
        return hardFilterCompanyUrls;
    }

    public void setHardFilterCompanyUrls(String hardFilterCompanyUrls) {
        this.hardFilterCompanyUrls = hardFilterCompanyUrls;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String linkedinUrl) {
        this.linkedinUrl = linkedinUrl;
    }

    public String getLinkedinUrls() {
        return linkedinUrls;
    }

    public void setLinkedinUrls(String linkedinUrls) {
        this.linkedinUrls = linkedinUrls;
    }

    public String getNotifyEmail() {
        return notifyEmail;
    }

    public void setNotifyEmail(String notifyEmail) {
        this.notifyEmail = notifyEmail;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
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

    public String getPeopleIds() {
        return peopleIds;
    }

    public void setPeopleIds(String peopleIds) {
        this.peopleIds = peopleIds;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Boolean getQuote() {
        return quote;
    }

    public void setQuote(Boolean quote) {
        this.quote = quote;
    }

    public String getReactionType() {
        return reactionType;
    }

    public void setReactionType(String reactionType) {
        this.reactionType = reactionType;
    }

    public String getSchools() {
        return schools;
    }

    public void setSchools(String schools) {
        this.schools = schools;
    }

    public String getSearchId() {
        return searchId;
    }

    public void setSearchId(String searchId) {
        this.searchId = searchId;
    }

    public Boolean getWatchJobs() {
        return watchJobs;
    }

    public void setWatchJobs(Boolean watchJobs) {
        this.watchJobs = watchJobs;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(String connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(String httpClient) {
        this.httpClient = httpClient;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public String getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(String requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getWatchRepository() {
        return watchRepository;
    }

    public void setWatchRepository(String watchRepository) {
        this.watchRepository = watchRepository;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAllowedChainIds() {
        return allowedChainIds;
    }

    public void setAllowedChainIds(String allowedChainIds) {
        this.allowedChainIds = allowedChainIds;
    }

    public String getAllowedCurrencies() {
        return allowedCurrencies;
    }

    public void setAllowedCurrencies(String allowedCurrencies) {
        this.allowedCurrencies = allowedCurrencies;
    }

    public String getAllowedRecipients() {
        return allowedRecipients;
    }

    public void setAllowedRecipients(String allowedRecipients) {
        this.allowedRecipients = allowedRecipients;
    }

    public Long getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(Long budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public String getBudgetWindow() {
        return budgetWindow;
    }

    public void setBudgetWindow(String budgetWindow) {
        this.budgetWindow = budgetWindow;
    }

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public Long getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(Long maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getWalletKeystore() {
        return walletKeystore;
    }

    public void setWalletKeystore(String walletKeystore) {
        this.walletKeystore = walletKeystore;
    }

    public Boolean getAllowAnyRecipient() {
        return allowAnyRecipient;
    }

    public void setAllowAnyRecipient(Boolean allowAnyRecipient) {
        this.allowAnyRecipient = allowAnyRecipient;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public Long getGasLimit() {
        return gasLimit;
    }

    public void setGasLimit(Long gasLimit) {
        this.gasLimit = gasLimit;
    }

    public String getLedger() {
        return ledger;
    }

    public void setLedger(String ledger) {
        this.ledger = ledger;
    }

    public Long getMaxFeePerGas() {
        return maxFeePerGas;
    }

    public void setMaxFeePerGas(Long maxFeePerGas) {
        this.maxFeePerGas = maxFeePerGas;
    }

    public Integer getMaxPaymentAttempts() {
        return maxPaymentAttempts;
    }

    public void setMaxPaymentAttempts(Integer maxPaymentAttempts) {
        this.maxPaymentAttempts = maxPaymentAttempts;
    }

    public Long getMaxPriorityFeePerGas() {
        return maxPriorityFeePerGas;
    }

    public void setMaxPriorityFeePerGas(Long maxPriorityFeePerGas) {
        this.maxPriorityFeePerGas = maxPriorityFeePerGas;
    }

    public String getRpcUrl() {
        return rpcUrl;
    }

    public void setRpcUrl(String rpcUrl) {
        this.rpcUrl = rpcUrl;
    }

    public String getWallet() {
        return wallet;
    }

    public void setWallet(String wallet) {
        this.wallet = wallet;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getWalletKeystorePassword() {
        return walletKeystorePassword;
    }

    public void setWalletKeystorePassword(String walletKeystorePassword) {
        this.walletKeystorePassword = walletKeystorePassword;
    }

    public String getWalletPrivateKey() {
        return walletPrivateKey;
    }

    public void setWalletPrivateKey(String walletPrivateKey) {
        this.walletPrivateKey = walletPrivateKey;
    }
}
