package dev.camelclado.component;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.service.CladoTransport;
import dev.camelclado.component.service.DirectTransport;
import dev.camelclado.component.service.MppClientFactory;
import dev.camelclado.component.service.MppTransport;
import dev.camelclado.component.service.ResponseMapper;
import dev.camelclado.component.watch.AdaptivePollSchedule;
import dev.camelclado.component.watch.FixedPollSchedule;
import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobWatchRepository;
import dev.camelclado.component.watch.PollSchedule;
import dev.camelclado.mpp.MppClient;

/**
 * Clado people search, deep research and LinkedIn enrichment: search people, run and control deep-research jobs,
 * enrich contacts and profiles, with a Clado API key or paying per call through the Locus MPP gateway; and, as a
 * consumer of deepResearch/status or bulkContacts/status, one event per job status change.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "clado", title = "Clado", syntax = "clado:resource/action",
             category = { Category.SAAS, Category.SEARCH }, remote = true,
             headersClass = CladoConstants.class)
public class CladoEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(CladoEndpoint.class);

    @UriPath(enums = "search,deepResearch,contacts,profile,post,bulkContacts,account",
             description = "The Clado resource: search, deepResearch, contacts, profile, post, bulkContacts or account.")
    @Metadata(required = true)
    private String resource;

    @UriPath(enums = "people,start,status,cancel,continue,get,scrape,reactions,credits",
             description = "The action on the resource. Valid pairs: search/people, deepResearch/start,"
                           + " deepResearch/status, deepResearch/cancel, deepResearch/continue, contacts/get,"
                           + " profile/scrape, profile/get, post/reactions, bulkContacts/start, bulkContacts/status,"
                           + " account/credits.")
    @Metadata(required = true)
    private String action;

    @UriParam
    private CladoConfiguration configuration;

    private CladoOperation operation;
    private CladoTransport transport;
    private ResponseMapper responseMapper;
    private MppClient payer;

    public CladoEndpoint(String uri, CladoComponent component, CladoConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new CladoProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        JobKind kind = JobKind.readBy(CladoOperation.of(resource, action));
        if (kind == null) {
            throw new CladoConfigurationException("resource/action", "clado:" + resource + "/" + action + " cannot be"
                    + " used in from(): only clado:deepResearch/status and clado:bulkContacts/status consume (one event"
                    + " per job status change); use to(\"clado:" + resource + "/" + action + "\") to call it");
        }
        checkConsumerOptions();
        CladoConsumer consumer = new CladoConsumer(this, processor, kind);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        operation = CladoOperation.of(resource, action);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        checkOptions();
        HttpClient client = configuration.getHttpClient() != null
                ? configuration.getHttpClient()
                : getComponent().sharedHttpClient(configuration.getConnectTimeout());
        if (configuration.getMode() == CladoMode.mpp) {
            payer = MppClientFactory.create(configuration, client,
                    configuration.getLedger() != null ? configuration.getLedger() : getComponent().defaultLedger(),
                    getComponent().signingExecutor(), getComponent().httpExecutor());
            transport = new MppTransport(payer, configuration.getGatewayUrl());
            LOG.info("clado:{} pays per call from {} through {} (at most {} base units a call{}{})", operation,
                    payer.payerAddress(), URISupport.sanitizeUri(configuration.getGatewayUrl()), configuration.getMaxAmount(),
                    configuration.getBudgetAmount() == null ? "" : ", budget " + configuration.getBudgetAmount() + " per "
                            + Duration.ofMillis(configuration.getBudgetWindow()),
                    configuration.isAllowAnyRecipient() ? ", any recipient" : "");
        } else {
            transport = new DirectTransport(client, configuration.getBaseUrl(), configuration.getApiKey(),
                    Duration.ofMillis(configuration.getRequestTimeout()), getComponent().httpExecutor(),
                    configuration.getMaxResponseSize());
        }
        responseMapper = new ResponseMapper(configuration.isFailOnCancelConflict());
    }

    @Override
    protected void doStop() throws Exception {
        if (payer != null) {
            payer.close();
            payer = null;
        }
        super.doStop();
    }

    private void checkOptions() {
        if (configuration.getMaxResponseSize() < 1024) {
            throw new CladoConfigurationException("maxResponseSize", "maxResponseSize must be at least 1024 bytes, was "
                    + configuration.getMaxResponseSize() + "; the default is 33554432 (32 MiB)");
        }
        if (configuration.getMode() == CladoMode.mpp && operation.gatewayRoute() == null) {
            throw new CladoConfigurationException("mode", "clado:" + operation.uriName() + " is direct-only: the Locus"
                    + " gateway has no such route (mode=mpp pays per call, there are no credits); use mode=direct");
        }
        if (configuration.getMode() == CladoMode.direct
                && (configuration.getApiKey() == null || configuration.getApiKey().isBlank())) {
            throw new CladoConfigurationException("apiKey", "apiKey is required in direct mode: set"
                    + " camel.component.clado.api-key (or the endpoint option apiKey) to your Clado key (lk_...)");
        }
        if (configuration.getApiKey() != null && !configuration.getApiKey().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            // the JDK would refuse it in a header and quote it in the error: say what is wrong without showing it
            throw new CladoConfigurationException("apiKey", "apiKey contains spaces or control characters (for example"
                    + " a trailing newline from a secret file): trim the value; Clado keys are printable ASCII");
        }
        String baseUrl = configuration.getBaseUrl();
        try {
            URI uri = new URI(baseUrl);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(baseUrl, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException | NullPointerException e) {
            throw new CladoConfigurationException("baseUrl", "baseUrl must be an absolute http(s) URL such as "
                    + CladoConfiguration.DEFAULT_BASE_URL + ", was '" + URISupport.sanitizeUri(baseUrl) + "'");
        }
        if (configuration.getMode() == CladoMode.direct) {
            try {
                MppClient.checkTarget(URI.create(baseUrl), configuration.isAllowInsecureHttp());
            } catch (IllegalArgumentException e) {
                throw new CladoConfigurationException("baseUrl", "baseUrl '" + URISupport.sanitizeUri(baseUrl)
                        + "' would carry the API key in clear: use https, or http to a loopback address, or set"
                        + " allowInsecureHttp=true on a network you control");
            }
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new CladoConfigurationException("connectTimeout,requestTimeout", "connectTimeout and requestTimeout"
                    + " must be positive durations (such as 10s), were " + configuration.getConnectTimeout() + " ms and "
                    + configuration.getRequestTimeout() + " ms");
        }
    }

    private void checkConsumerOptions() {
        if (configuration.getMinPollInterval() <= 0) {
            throw new CladoConfigurationException("minPollInterval", "minPollInterval must be a positive duration (such"
                    + " as 2s), was " + configuration.getMinPollInterval() + " ms");
        }
        if (configuration.getMaxPollInterval() < configuration.getMinPollInterval()) {
            throw new CladoConfigurationException("maxPollInterval", "maxPollInterval (" + configuration.getMaxPollInterval()
                    + " ms) must be at least minPollInterval (" + configuration.getMinPollInterval() + " ms)");
        }
        if (!(configuration.getPollAgeRatio() > 0) || Double.isInfinite(configuration.getPollAgeRatio())) {
            throw new CladoConfigurationException("pollAgeRatio", "pollAgeRatio must be a positive number (1.0 waits at"
                    + " most as long as the job has run), was " + configuration.getPollAgeRatio());
        }
        if (configuration.getMaxReadsPerPoll() < 1) {
            throw new CladoConfigurationException("maxReadsPerPoll", "maxReadsPerPoll must be at least 1, was "
                    + configuration.getMaxReadsPerPoll());
        }
        if (configuration.getMaxPollsPerJob() < 0 || configuration.getMaxSpendPerJob() < 0) {
            throw new CladoConfigurationException("maxPollsPerJob,maxSpendPerJob", "maxPollsPerJob and maxSpendPerJob"
                    + " must be 0 (no limit) or positive");
        }
    }

    /** The watch list shared by this endpoint's producers and consumers. */
    JobWatchRepository watchRepository() {
        return configuration.getWatchRepository() != null
                ? configuration.getWatchRepository()
                : getComponent().defaultWatchRepository();
    }

    /**
     * Which account this endpoint's jobs belong to: mode, host and, in direct mode, a fingerprint of the key (never
     * the key). A consumer reads only its account's jobs, since another key's job answers 403.
     */
    String watchSource() {
        // stored with every watch and shown by consoles: without a password or secret the URL may hold
        if (configuration.getMode() == CladoMode.mpp) {
            return "mpp " + URISupport.sanitizeUri(configuration.getGatewayUrl());
        }
        return "direct " + URISupport.sanitizeUri(configuration.getBaseUrl()) + " key:"
               + keyFingerprint(configuration.getApiKey());
    }

    private static String keyFingerprint(String apiKey) {
        if (apiKey == null) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    PollSchedule pollSchedule() {
        Duration min = Duration.ofMillis(configuration.getMinPollInterval());
        if (configuration.getPollSchedule() == CladoPollSchedule.fixed) {
            return new FixedPollSchedule(min);
        }
        return new AdaptivePollSchedule(min, Duration.ofMillis(configuration.getMaxPollInterval()),
                configuration.getPollAgeRatio());
    }

    Clock clock() {
        return configuration.getClock() != null ? configuration.getClock() : Clock.systemUTC();
    }

    /** A transport or I/O failure as the component's typed exception. */
    CladoException translateFailure(CladoOperation operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CladoException clado) {
            return clado;
        }
        String target = getServiceUrl();
        if (cause instanceof HttpConnectTimeoutException) {
            return new CladoConnectionException(operation, "no connection to " + target
                    + " within connectTimeout (" + configuration.getConnectTimeout() + " ms)", cause);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return new CladoConnectionException(operation, "no answer within requestTimeout ("
                    + configuration.getRequestTimeout() + " ms); the request may still have reached Clado", cause);
        }
        if (cause instanceof ConnectException) {
            return new CladoConnectionException(operation, "cannot connect to " + target
                    + " (" + cause.getClass().getSimpleName() + ")", cause);
        }
        if (cause instanceof java.io.IOException) {
            return new CladoConnectionException(operation, "I/O error talking to " + target + ": "
                    + cause.getMessage(), cause);
        }
        // the class only: a message could quote request details (an unknown failure is logged with its cause)
        LOG.debug("clado:{} failed", operation, cause);
        return new CladoException(operation, "request failed (" + cause.getClass().getName() + ")", null);
    }

    @Override
    public CladoComponent getComponent() {
        return (CladoComponent) super.getComponent();
    }

    /** The API's URL, as shown in messages and consoles: a password or secret parameter it holds is masked. */
    @Override
    public String getServiceUrl() {
        return URISupport.sanitizeUri(configuration.getMode() == CladoMode.mpp
                ? configuration.getGatewayUrl() : configuration.getBaseUrl());
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /** The operation of the URI; a message can override it with {@link CladoConstants#OPERATION}. */
    public CladoOperation getOperation() {
        return operation;
    }

    CladoTransport getTransport() {
        return transport;
    }

    ResponseMapper getResponseMapper() {
        return responseMapper;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public CladoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CladoConfiguration configuration) {
        this.configuration = configuration;
    }
}
