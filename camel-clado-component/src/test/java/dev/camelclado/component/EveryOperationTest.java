package dev.camelclado.component;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.camelclado.sandbox.CladoSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation through a route against the sandbox: its answer type, and each documented error: 401 with a wrong
 * key, 402 when charged without credits, 403 and 404 for jobs, 429 where Clado rate-limits, 5xx.
 */
class EveryOperationTest extends CladoTestSupport {

    @Override
    protected org.apache.camel.builder.RouteBuilder createRouteBuilder() {
        return new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").toD("${exchangeProperty.uri}");
            }
        };
    }

    /** Sends through the route to the endpoint named by {@code uri}. */
    private Exchange viaRoute(String uri, Map<String, Object> headers) {
        return template.send("direct:call", e -> {
            e.setProperty("uri", uri);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    private static final String URL = "https://www.linkedin.com/in/alexjohnson";

    /** The fields an operation needs, as headers. */
    private Map<String, Object> headers(CladoOperation operation, String key) {
        switch (operation) {
            case SEARCH_PEOPLE:
            case DEEP_RESEARCH_START:
                return Map.of(CladoConstants.QUERY, "every operation", CladoConstants.LIMIT, 5);
            case DEEP_RESEARCH_STATUS:
            case DEEP_RESEARCH_CANCEL:
            case DEEP_RESEARCH_CONTINUE:
                return Map.of(CladoConstants.JOB_ID, deepResearchJob(key));
            case CONTACTS_GET:
            case PROFILE_SCRAPE:
            case PROFILE_GET:
                return Map.of(CladoConstants.LINKEDIN_URL, URL);
            case POST_REACTIONS:
                return Map.of(CladoConstants.POST_URL, "https://www.linkedin.com/posts/alexjohnson_activity-1");
            case BULK_CONTACTS_START:
                return Map.of(CladoConstants.LINKEDIN_URLS, URL);
            case BULK_CONTACTS_STATUS:
                return Map.of(CladoConstants.JOB_ID, bulkJob(key));
            default:
                return Map.of();
        }
    }

    private String deepResearchJob(String key) {
        String apiKey = key.equals(API_KEY) ? API_KEY : OTHER_KEY;
        Exchange start = viaRoute(clado("deepResearch/start", "apiKey=RAW(" + apiKey + ")", "query=q", "limit=3"), Map.of());
        finishJobs();
        return start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    private String bulkJob(String key) {
        String apiKey = key.equals(API_KEY) ? API_KEY : OTHER_KEY;
        Exchange start = viaRoute(clado("bulkContacts/start", "apiKey=RAW(" + apiKey + ")", "linkedinUrls=" + URL), Map.of());
        return start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    private Exchange call(CladoOperation operation, String key, Map<String, Object> headers) {
        return viaRoute(clado(operation.uriName(), "apiKey=RAW(" + key + ")"), headers);
    }

    @ParameterizedTest
    @EnumSource(CladoOperation.class)
    void answersWithTheOperationsModel(CladoOperation operation) {
        Map<String, Object> headers = headers(operation, API_KEY);
        if (operation == CladoOperation.DEEP_RESEARCH_CONTINUE) {
            finishJobs();
        }
        Exchange exchange = call(operation, API_KEY, headers);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(operation.responseType());
        assertThat(exchange.getMessage().getHeader(CladoConstants.OPERATION_EXECUTED)).isEqualTo(operation.uriName());
        assertThat(exchange.getMessage().getHeader(CladoConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(CladoOperation.class)
    void aWrongKeyIs401(CladoOperation operation) {
        Exchange exchange = call(operation, "lk_not_a_key", headers(operation, API_KEY));
        CladoAuthenticationException error = failure(exchange, CladoAuthenticationException.class);
        assertThat(error.getStatusCode()).isEqualTo(401);
        assertThat(error.getOperation()).isEqualTo(operation);
    }

    /** Status, cancel and credits are free; continue needs a completed job of the same key (its 402 is the same check). */
    @ParameterizedTest
    @EnumSource(value = CladoOperation.class, mode = EnumSource.Mode.EXCLUDE, names = { "DEEP_RESEARCH_STATUS",
            "DEEP_RESEARCH_CANCEL", "DEEP_RESEARCH_CONTINUE", "BULK_CONTACTS_STATUS", "ACCOUNT_CREDITS" })
    void chargedOperationsAre402WithoutCredits(CladoOperation operation) {
        try (CladoSandbox broke = CladoSandbox.builder().apiKey("lk_broke", 0).start()) {
            Exchange exchange = viaRoute("clado:" + operation.uriName() + "?apiKey=lk_broke&baseUrl=" + broke.baseUrl(),
                    headers(operation, API_KEY));
            assertThat(failure(exchange, CladoInsufficientCreditsException.class).getOperation()).isEqualTo(operation);
        }
    }

    @Test
    void continueWithoutCreditsIs402() {
        try (CladoSandbox tight = CladoSandbox.builder().clock(CLOCK).apiKey("lk_tight", 2).start()) {
            String options = "?apiKey=lk_tight&baseUrl=" + tight.baseUrl();
            Exchange start = viaRoute("clado:deepResearch/start" + options + "&query=q&limit=2", Map.of());
            finishJobs();
            Exchange more = viaRoute("clado:deepResearch/continue" + options, Map.of(CladoConstants.JOB_ID,
                    start.getMessage().getHeader(CladoConstants.JOB_ID)));
            assertThat(failure(more, CladoInsufficientCreditsException.class).getStatusCode()).isEqualTo(402);
        }
    }

    @ParameterizedTest
    @EnumSource(value = CladoOperation.class, names = { "SEARCH_PEOPLE", "CONTACTS_GET", "PROFILE_SCRAPE", "PROFILE_GET",
        "POST_REACTIONS", "DEEP_RESEARCH_START", "DEEP_RESEARCH_CONTINUE" })
    void rateLimitedOperationsAre429WithRetryAfter(CladoOperation operation) {
        CladoSandbox.Builder builder = CladoSandbox.builder().apiKey("lk_limited", 1_000_000);
        for (String bucket : new String[] { "search", "contacts", "scrape", "linkedin", "post-reactions", "deep-research",
            "deep-research-continue" }) {
            builder.rateLimit(bucket, 0);
        }
        try (CladoSandbox limited = builder.start()) {
            Map<String, Object> headers = operation == CladoOperation.DEEP_RESEARCH_CONTINUE
                    ? Map.of(CladoConstants.JOB_ID, "any-job") : headers(operation, API_KEY);
            Exchange exchange = viaRoute("clado:" + operation.uriName() + "?apiKey=lk_limited&baseUrl=" + limited.baseUrl(),
                    headers);
            CladoRateLimitException error = failure(exchange, CladoRateLimitException.class);
            assertThat(error.getOperation()).isEqualTo(operation);
            assertThat(error.getRetryAfter()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(CladoOperation.class)
    void serverErrorsAreRetryable5xx(CladoOperation operation) {
        Map<String, Object> headers = headersFor5xx(operation);
        SANDBOX.sandbox().faults().failNext(operation.httpMethod() + " " + operation.directPath().replace("{job_id}", "{jobId}"),
                503, "Search service unavailable", 1);
        Exchange exchange = call(operation, API_KEY, headers);
        CladoServerException error = failure(exchange, CladoServerException.class);
        assertThat(error.getStatusCode()).isEqualTo(503);
        assertThat(error.getApiMessage()).isEqualTo("Search service unavailable");
        assertThat(error.isRetryable()).isTrue();
    }

    private Map<String, Object> headersFor5xx(CladoOperation operation) {
        Map<String, Object> headers = headers(operation, API_KEY);
        if (operation == CladoOperation.DEEP_RESEARCH_CONTINUE) {
            finishJobs();
        }
        return headers;
    }

    @Test
    void creditsCanBe404() {
        SANDBOX.sandbox().faults().failNext("GET /api/credits", 404, "Unable to retrieve credit information", 1);
        Exchange exchange = call(CladoOperation.ACCOUNT_CREDITS, API_KEY, Map.of());
        assertThat(failure(exchange, CladoNotFoundException.class).getApiMessage())
                .isEqualTo("Unable to retrieve credit information");
    }

    @ParameterizedTest
    @EnumSource(value = CladoOperation.class, names = { "DEEP_RESEARCH_STATUS", "DEEP_RESEARCH_CANCEL",
            "DEEP_RESEARCH_CONTINUE", "BULK_CONTACTS_STATUS" })
    void unknownJobsAre404(CladoOperation operation) {
        Exchange exchange = call(operation, API_KEY, Map.of(CladoConstants.JOB_ID, "11111111-2222-3333-4444-555555555555"));
        assertThat(failure(exchange, CladoNotFoundException.class).getStatusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(value = CladoOperation.class, names = { "DEEP_RESEARCH_STATUS", "DEEP_RESEARCH_CANCEL",
            "DEEP_RESEARCH_CONTINUE", "BULK_CONTACTS_STATUS" })
    void anotherKeysJobIs403(CladoOperation operation) {
        Exchange exchange = call(operation, API_KEY, headers(operation, OTHER_KEY));
        assertThat(failure(exchange, CladoAuthenticationException.class).getStatusCode()).isEqualTo(403);
    }
}
