package dev.camelclado.component;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;

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
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.service.CladoTransport;
import dev.camelclado.component.service.DirectTransport;
import dev.camelclado.component.service.MppClientFactory;
import dev.camelclado.component.service.MppTransport;
import dev.camelclado.component.service.ResponseMapper;
import dev.camelclado.mpp.MppClient;

/**
 * Clado people search, deep research and LinkedIn enrichment: search people, run and control deep-research jobs,
 * enrich contacts and profiles, with a Clado API key or paying per call through the Locus MPP gateway.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "clado", title = "Clado", syntax = "clado:resource/action",
             category = { Category.SAAS, Category.SEARCH }, producerOnly = true, remote = true,
             headersClass = CladoConstants.class)
public class CladoEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

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
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("clado:" + resource + "/" + action + " cannot be used in from():"
                + " the clado component only sends requests; poll a job with a timer and to(\"clado:deepResearch/status\")");
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
                    getComponent().signingExecutor());
            transport = new MppTransport(payer, configuration.getGatewayUrl());
            LOG.info("clado:{} pays per call from {} through {} (at most {} base units a call{}{})", operation,
                    payer.payerAddress(), configuration.getGatewayUrl(), configuration.getMaxAmount(),
                    configuration.getBudgetAmount() == null ? "" : ", budget " + configuration.getBudgetAmount() + " per "
                            + Duration.ofMillis(configuration.getBudgetWindow()),
                    configuration.isAllowAnyRecipient() ? ", any recipient" : "");
        } else {
            transport = new DirectTransport(client, configuration.getBaseUrl(), configuration.getApiKey(),
                    Duration.ofMillis(configuration.getRequestTimeout()));
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
                    + CladoConfiguration.DEFAULT_BASE_URL + ", was '" + baseUrl + "'");
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new CladoConfigurationException("connectTimeout,requestTimeout", "connectTimeout and requestTimeout"
                    + " must be positive durations (such as 10s), were " + configuration.getConnectTimeout() + " ms and "
                    + configuration.getRequestTimeout() + " ms");
        }
    }

    @Override
    public CladoComponent getComponent() {
        return (CladoComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getMode() == CladoMode.mpp ? configuration.getGatewayUrl() : configuration.getBaseUrl();
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
