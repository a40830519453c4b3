package dev.camelclado.component;

import java.net.http.HttpClient;
import java.time.Clock;

import dev.camelclado.component.watch.JobWatchRepository;

import dev.camelclado.mpp.ledger.PaymentLedger;
import dev.camelclado.mpp.wallet.Wallet;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
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
    public static final String DEFAULT_GATEWAY_URL = "https://clado.mpp.paywithlocus.com";

    @UriParam(label = "common", defaultValue = "direct",
              description = "How calls are paid for: `direct` uses a Clado API key and Clado credits; `mpp` pays each"
                            + " call from a Tempo wallet through the Locus MPP gateway, with no Clado account.")
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
              description = "How long to wait for the whole answer (headers and body) once the request is sent. Live"
                            + " profile scrapes can take tens of seconds.")
    private long requestTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "33554432",
              description = "The largest answer body read, in bytes (32 MiB by default; a deep research of 1,000"
                            + " profiles is about 0.6 MB). A larger answer fails the call instead of filling the heap:"
                            + " in mpp mode it counts as paid with an unknown outcome, since the gateway was paid.")
    private long maxResponseSize = 32L * 1024 * 1024;

    @UriParam(label = "security", defaultValue = "false",
              description = "Allow plain http to a baseUrl or gatewayUrl that is not a loopback address. Off by default:"
                            + " the API key and payment credentials are bearer secrets. Only for networks you control.")
    private boolean allowInsecureHttp;

    @Metadata(autowired = true)
    @UriParam(label = "advanced",
              description = "A `java.net.http.HttpClient` of your own (proxy, TLS, executor). Redirects should stay"
                            + " disabled: the component never sends credentials to another host.")
    private HttpClient httpClient;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether deepResearch/cancel of a job that has already ended (HTTP 409 or"
                            + " `success:false`) fails the exchange with a `CladoJobConflictException`. By default it"
                            + " is reported in the body (`CancelResult`) and the `CamelCladoCancelled` header.")
    private boolean failOnCancelConflict;

    // --- mpp mode ---

    @UriParam(label = "mpp", defaultValue = DEFAULT_GATEWAY_URL,
              description = "Base URL of the Locus MPP gateway (mode=mpp). https, or http to a loopback address such as"
                            + " the embedded sandbox.")
    private String gatewayUrl = DEFAULT_GATEWAY_URL;

    @UriParam(label = "security", secret = true,
              description = "The paying wallet's private key, 32 bytes of hex (mode=mpp). Masked in logs and URIs; prefer"
                            + " a keystore or a wallet bean in production.")
    private String walletPrivateKey;

    @UriParam(label = "mpp",
              description = "Path of a Web3 Secret Storage (v3) keystore file holding the paying wallet (mode=mpp), as"
                            + " written by web3j, geth or Foundry.")
    private String walletKeystore;

    @UriParam(label = "security", secret = true, description = "Password of the walletKeystore.")
    private String walletKeystorePassword;

    @Metadata(autowired = true)
    @UriParam(label = "mpp,advanced",
              description = "A `dev.camelclado.mpp.wallet.Wallet` bean that signs payments (mode=mpp), e.g. backed by an"
                            + " HSM; used when neither walletPrivateKey nor walletKeystore is set (they win over it, so"
                            + " an autowired wallet never replaces the one an endpoint names).")
    private Wallet wallet;

    @UriParam(label = "mpp", defaultValue = "1000000",
              description = "The most one call may cost, in base units of the stablecoin (6 decimals: 1000000 is $1)."
                            + " A dearer challenge is refused and nothing is paid.")
    private long maxAmount = 1_000_000;

    @UriParam(label = "mpp",
              description = "A spending budget in base units over budgetWindow, shared by all endpoints of the component"
                            + " through its ledger; a payment that would exceed it is refused. No budget when unset.")
    private Long budgetAmount;

    @UriParam(label = "mpp", defaultValue = "24h", javaType = "java.time.Duration",
              description = "The sliding window of budgetAmount.")
    private long budgetWindow = 86_400_000L;

    @UriParam(label = "mpp", defaultValue = "4217,42431",
              description = "Comma-separated Tempo chain ids a payment may be made on (4217 mainnet, 42431 testnet).")
    private String allowedChainIds = "4217,42431";

    @UriParam(label = "mpp",
              description = "Comma-separated token addresses a payment may be made in. By default USDC.e and pathUSD on"
                            + " mainnet and pathUSD on testnet.")
    private String allowedCurrencies;

    @UriParam(label = "mpp",
              description = "Comma-separated addresses that may be paid: the gateway's payee. Until one is set (or"
                            + " allowAnyRecipient), payments are refused with a message naming the recipient asked for;"
                            + " a quote (CamelCladoQuote=true) shows it too.")
    private String allowedRecipients;

    @UriParam(label = "mpp,advanced", defaultValue = "false",
              description = "Pay whatever recipient the gateway names (within the other limits), instead of the"
                            + " allowedRecipients.")
    private boolean allowAnyRecipient;

    @Metadata(autowired = true)
    @UriParam(label = "mpp,advanced",
              description = "Where payments are recorded: a `dev.camelclado.mpp.ledger.PaymentLedger` bean, e.g. a"
                            + " JdbcPaymentLedger so budgets survive restarts. By default an in-memory ledger shared"
                            + " by the component's endpoints.")
    private PaymentLedger ledger;

    @UriParam(label = "mpp,advanced",
              description = "A Tempo JSON-RPC node to read gas and fee figures from (needs org.web3j:core on the"
                            + " classpath); the fixed gasLimit and fee options are used when unset.")
    private String rpcUrl;

    @UriParam(label = "mpp,advanced", defaultValue = "350000",
              description = "Gas limit of payment transactions when no rpcUrl is set.")
    private long gasLimit = 350_000;

    @UriParam(label = "mpp,advanced", defaultValue = "12000000000",
              description = "Max fee per gas (attodollars) of payment transactions when no rpcUrl is set; Tempo's"
                            + " base fee never exceeds 1.2e10. gasLimit x maxFeePerGas is the most a payment's network"
                            + " fee can cost, and counts against the budget.")
    private long maxFeePerGas = 12_000_000_000L;

    @UriParam(label = "mpp,advanced", defaultValue = "0",
              description = "Max priority fee per gas (attodollars) of payment transactions when no rpcUrl is set.")
    private long maxPriorityFeePerGas;

    @UriParam(label = "mpp,advanced", defaultValue = "2",
              description = "How many payment credentials one call may send: after a refused credential, a fresh"
                            + " challenge may be paid instead, up to this many in all.")
    private int maxPaymentAttempts = 2;

    @UriParam(label = "mpp,advanced",
              description = "Names this application in the attribution memo of its payments.")
    private String clientId;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Read the price of the call from the gateway's 402 and pay nothing (mode=mpp): the body is a"
                            + " CladoQuote. The CamelCladoQuote header sets it per message.")
    private boolean quote;

    // --- watching jobs ---

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether jobs this endpoint starts or continues (deepResearch/start and continue,"
                            + " bulkContacts/start) are added to the watch list that `clado:deepResearch/status` and"
                            + " `clado:bulkContacts/status` consumers poll. The CamelCladoWatch header overrides it per"
                            + " message.")
    private boolean watchJobs = true;

    @Metadata(autowired = true)
    @UriParam(label = "advanced",
              description = "Where watched jobs and the statuses already emitted are kept, shared by producers and"
                            + " consumers. Defaults to one in-memory repository per component; use a"
                            + " `JdbcJobWatchRepository` so that a restart neither forgets jobs nor emits a status"
                            + " twice, and so that several nodes share the work.")
    private JobWatchRepository watchRepository;

    @UriParam(label = "consumer", defaultValue = "adaptive",
              description = "How the status reads of a job are spaced: `adaptive` reads when a change is likely"
                            + " (predicted from progress, else spaced by the job's age, between minPollInterval and"
                            + " maxPollInterval); `fixed` reads every minPollInterval. In mpp mode each read is paid.")
    private CladoPollSchedule pollSchedule = CladoPollSchedule.adaptive;

    @UriParam(label = "consumer", defaultValue = "5s", javaType = "java.time.Duration",
              description = "Shortest time between two status reads of one job (and the interval of"
                            + " pollSchedule=fixed). The scheduler's `delay` is only how often the consumer checks"
                            + " which jobs are due: no request is made unless one is.")
    private long minPollInterval = 5_000;

    @UriParam(label = "consumer", defaultValue = "5m", javaType = "java.time.Duration",
              description = "Longest time a running job goes unread (adaptive schedule).")
    private long maxPollInterval = 300_000;

    @UriParam(label = "consumer", defaultValue = "1.0",
              description = "Adaptive schedule: the longest wait between two reads of a job, as a fraction of how long"
                            + " the job has been running. Smaller values see changes sooner and read more often.")
    private double pollAgeRatio = 1.0;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "Stop watching a job after this many status reads, with a last event whose"
                            + " CamelCladoWatchEndReason is `maxPollsPerJob` (0: no limit).")
    private int maxPollsPerJob;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "Stop watching a job once its reads would cost more than this, in base units (mode=mpp;"
                            + " 30000 is $0.03), with a last event whose CamelCladoWatchEndReason is"
                            + " `maxSpendPerJob` (0: no limit).")
    private long maxSpendPerJob;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether an event is also emitted when only a job's progress figures change (search"
                            + " chunks, results found, URLs processed), not just its status.")
    private boolean emitProgress;

    @UriParam(label = "consumer", defaultValue = "all",
              description = "What the terminal event of a deep-research job carries: `all` results (one more read"
                            + " when the job ends), result `pages` read as the route iterates the"
                            + " CamelCladoResultPages header, or `none`.")
    private CladoResultsMode resultsMode = CladoResultsMode.all;

    @UriParam(label = "consumer,advanced", defaultValue = "20",
              description = "Most jobs read in one run of the scheduler; the others wait for the next run.")
    private int maxReadsPerPoll = 20;

    @UriParam(label = "consumer,advanced",
              description = "The clock the poll schedule runs on; the system clock by default. For simulations that run"
                            + " the sandbox on a fast clock.")
    private Clock clock;

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

    @UriParam(label = "producer", defaultValue = "true", description = "Whether Clado's AI filtering is used"
                                                + " (search/people); when unset Clado's default (true) applies. Without"
                                                + " it a search costs 5 credits flat.")
    private Boolean advancedFiltering;

    @UriParam(label = "producer", description = "Comma-separated LinkedIn company URLs a deep research is restricted"
                                                + " to (deepResearch/start).")
    private String hardFilterCompanyUrls;

    @UriParam(label = "producer", description = "Email address Clado notifies when a deep research completes"
                                                + " (deepResearch/start).")
    private String notifyEmail;

    @UriParam(label = "common", description = "Job id for deepResearch/status, cancel and continue and for"
                                              + " bulkContacts/status. On a consumer: watch this job only (without it,"
                                              + " the consumer watches every job the application's producers start;"
                                              + " a second consumer of the same jobs in one component is refused).")
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

    @UriParam(label = "producer", defaultValue = "true", description = "Whether to return email addresses"
                                                + " (contacts/get, bulkContacts/start). When neither enrichment flag is"
                                                + " set, emails are requested.")
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

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
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

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public String getWalletPrivateKey() {
        return walletPrivateKey;
    }

    public void setWalletPrivateKey(String walletPrivateKey) {
        this.walletPrivateKey = walletPrivateKey;
    }

    public String getWalletKeystore() {
        return walletKeystore;
    }

    public void setWalletKeystore(String walletKeystore) {
        this.walletKeystore = walletKeystore;
    }

    public String getWalletKeystorePassword() {
        return walletKeystorePassword;
    }

    public void setWalletKeystorePassword(String walletKeystorePassword) {
        this.walletKeystorePassword = walletKeystorePassword;
    }

    public Wallet getWallet() {
        return wallet;
    }

    public void setWallet(Wallet wallet) {
        this.wallet = wallet;
    }

    public long getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(long maxAmount) {
        this.maxAmount = maxAmount;
    }

    public Long getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(Long budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public long getBudgetWindow() {
        return budgetWindow;
    }

    public void setBudgetWindow(long budgetWindow) {
        this.budgetWindow = budgetWindow;
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

    public PaymentLedger getLedger() {
        return ledger;
    }

    public void setLedger(PaymentLedger ledger) {
        this.ledger = ledger;
    }

    public boolean isAllowAnyRecipient() {
        return allowAnyRecipient;
    }

    public void setAllowAnyRecipient(boolean allowAnyRecipient) {
        this.allowAnyRecipient = allowAnyRecipient;
    }

    public String getRpcUrl() {
        return rpcUrl;
    }

    public void setRpcUrl(String rpcUrl) {
        this.rpcUrl = rpcUrl;
    }

    public long getGasLimit() {
        return gasLimit;
    }

    public void setGasLimit(long gasLimit) {
        this.gasLimit = gasLimit;
    }

    public long getMaxFeePerGas() {
        return maxFeePerGas;
    }

    public void setMaxFeePerGas(long maxFeePerGas) {
        this.maxFeePerGas = maxFeePerGas;
    }

    public long getMaxPriorityFeePerGas() {
        return maxPriorityFeePerGas;
    }

    public void setMaxPriorityFeePerGas(long maxPriorityFeePerGas) {
        this.maxPriorityFeePerGas = maxPriorityFeePerGas;
    }

    public int getMaxPaymentAttempts() {
        return maxPaymentAttempts;
    }

    public void setMaxPaymentAttempts(int maxPaymentAttempts) {
        this.maxPaymentAttempts = maxPaymentAttempts;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public boolean isQuote() {
        return quote;
    }

    public void setQuote(boolean quote) {
        this.quote = quote;
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

    public String getNotifyEmail() {
        return notifyEmail;
    }

    public void setNotifyEmail(String notifyEmail) {
        this.notifyEmail = notifyEmail;
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

    public boolean isWatchJobs() {
        return watchJobs;
    }

    public void setWatchJobs(boolean watchJobs) {
        this.watchJobs = watchJobs;
    }

    public JobWatchRepository getWatchRepository() {
        return watchRepository;
    }

    public void setWatchRepository(JobWatchRepository watchRepository) {
        this.watchRepository = watchRepository;
    }

    public CladoPollSchedule getPollSchedule() {
        return pollSchedule;
    }

    public void setPollSchedule(CladoPollSchedule pollSchedule) {
        this.pollSchedule = pollSchedule;
    }

    public long getMinPollInterval() {
        return minPollInterval;
    }

    public void setMinPollInterval(long minPollInterval) {
        this.minPollInterval = minPollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public double getPollAgeRatio() {
        return pollAgeRatio;
    }

    public void setPollAgeRatio(double pollAgeRatio) {
        this.pollAgeRatio = pollAgeRatio;
    }

    public int getMaxPollsPerJob() {
        return maxPollsPerJob;
    }

    public void setMaxPollsPerJob(int maxPollsPerJob) {
        this.maxPollsPerJob = maxPollsPerJob;
    }

    public long getMaxSpendPerJob() {
        return maxSpendPerJob;
    }

    public void setMaxSpendPerJob(long maxSpendPerJob) {
        this.maxSpendPerJob = maxSpendPerJob;
    }

    public boolean isEmitProgress() {
        return emitProgress;
    }

    public void setEmitProgress(boolean emitProgress) {
        this.emitProgress = emitProgress;
    }

    public CladoResultsMode getResultsMode() {
        return resultsMode;
    }

    public void setResultsMode(CladoResultsMode resultsMode) {
        this.resultsMode = resultsMode;
    }

    public int getMaxReadsPerPoll() {
        return maxReadsPerPoll;
    }

    public void setMaxReadsPerPoll(int maxReadsPerPoll) {
        this.maxReadsPerPoll = maxReadsPerPoll;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "CladoConfiguration[mode=" + mode + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
               + "]";
    }
}
