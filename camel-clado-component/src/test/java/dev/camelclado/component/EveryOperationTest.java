package dev.camelclado.component;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.camelclado.sandbox.CladoSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation against the sandbox: its answer type, 401 with a wrong key, 402 when charged, 404 for jobs. */
class EveryOperationTest extends CladoTestSupport {

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
        Exchange start = template.send(clado("deepResearch/start", "apiKey=RAW(" + apiKey + ")", "query=q", "limit=3"), e -> {
        });
        finishJobs();
        return start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    private String bulkJob(String key) {
        String apiKey = key.equals(API_KEY) ? API_KEY : OTHER_KEY;
        Exchange start = template.send(clado("bulkContacts/start", "apiKey=RAW(" + apiKey + ")", "linkedinUrls=" + URL), e -> {
        });
        return start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
    }

    private Exchange call(CladoOperation operation, String key, Map<String, Object> headers) {
        return template.send(clado(operation.uriName(), "apiKey=RAW(" + key + ")"), e -> e.getMessage().setHeaders(
                new java.util.HashMap<>(headers)));
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
            Exchange exchange = template.send("clado:" + operation.uriName() + "?apiKey=lk_broke&baseUrl=" + broke.baseUrl(),
                    e -> e.getMessage().setHeaders(new java.util.HashMap<>(headers(operation, API_KEY))));
            assertThat(failure(exchange, CladoInsufficientCreditsException.class).getOperation()).isEqualTo(operation);
        }
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
