package dev.camelclado.component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.sandbox.SandboxStats.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message headers never become HTTP headers: a route's own headers, even named like the ones that carry a key or a
 * payment, stay in Camel, and header values used as request fields travel encoded in the query or the JSON body,
 * where a line break or a path segment cannot start a header or leave the path.
 */
class HeaderInjectionTest extends MppTestSupport {

    /** What the component sends on its own; anything else on the wire came from somewhere it should not. */
    private static final Set<String> SENT_BY_THE_COMPONENT = Set.of("authorization", "accept", "user-agent",
            "content-type", "content-length", "host", "connection", "upgrade", "http2-settings", "accept-payment",
            "idempotency-key", "payment-authorization");

    private static final Map<String, Object> HOSTILE_HEADERS = Map.of(
            "Authorization", "Bearer lk_someone_elses_key",
            "Payment-Authorization", "Payment forged",
            "X-Forwarded-Host", "evil.example",
            "Host", "evil.example",
            "CamelHttpUri", "http://evil.example/steal",
            "Cookie", "session=1",
            "X-Injected", "yes");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:direct").to("clado:search/people?baseUrl=" + SANDBOX.baseUrl() + "&apiKey="
                        + SANDBOX.apiKey());
                from("direct:mpp").to(mpp("search/people"));
                from("direct:status").to("clado:deepResearch/status?baseUrl=" + SANDBOX.baseUrl() + "&apiKey="
                        + SANDBOX.apiKey());
            }
        };
    }

    private RecordedRequest send(String route, String query) {
        SANDBOX.sandbox().stats().reset();
        Exchange exchange = template.send(route, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(HOSTILE_HEADERS));
            e.getMessage().setHeader(CladoConstants.QUERY, query);
        });
        assertThat(exchange.getException()).isNull();
        List<RecordedRequest> requests = SANDBOX.sandbox().stats().recentRequests();
        assertThat(requests).isNotEmpty();
        requests.forEach(HeaderInjectionTest::onlyTheComponentsHeaders);
        return requests.get(requests.size() - 1);
    }

    private static void onlyTheComponentsHeaders(RecordedRequest request) {
        Set<String> names = new TreeSet<>(request.headers().keySet());
        assertThat(names).as("headers of %s %s", request.method(), request.path()).isSubsetOf(SENT_BY_THE_COMPONENT);
        assertThat(request.header("host")).startsWith("127.0.0.1:");
        String authorization = request.header("authorization");
        if (authorization != null) {
            assertThat(authorization).doesNotContain("someone_elses").doesNotContain("forged");
        }
    }

    @Test
    void aDirectCallSendsNoneOfTheMessageHeaders() {
        RecordedRequest request = send("direct:direct", "engineers\r\nX-Injected: 1");
        assertThat(request.header("authorization")).isEqualTo("Bearer " + SANDBOX.apiKey());
        assertThat(request.rawQuery()).contains("query=engineers%0D%0AX-Injected%3A%201")
                .doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void aPaidCallSendsNoneOfTheMessageHeadersAndPaysOnce() {
        RecordedRequest request = send("direct:mpp", "engineers\r\nX-Injected: 1");
        assertThat(request.path()).startsWith("/clado/");
        assertThat(request.body()).contains("engineers\\r\\nX-Injected: 1");
        assertThat(paidToGateway()).isEqualTo(1);
    }

    @Test
    void aJobIdCannotLeaveItsPathSegment() {
        SANDBOX.sandbox().stats().reset();
        Exchange exchange = template.send("direct:status", e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(HOSTILE_HEADERS));
            e.getMessage().setHeader(CladoConstants.JOB_ID, "../../credits?x=1#\r\nX-Injected: 1");
        });
        // the sandbox knows no such job: what matters is where the request went and what it carried
        assertThat(exchange.getException()).isInstanceOf(CladoNotFoundException.class);
        RecordedRequest request = SANDBOX.sandbox().stats().lastRequest();
        onlyTheComponentsHeaders(request);
        // one encoded path segment: the server routed it as a job id, and its decoded form is that id verbatim
        assertThat(request.route()).isEqualTo("GET /api/search/deep_research/{jobId}");
        assertThat(request.path()).isEqualTo("/api/search/deep_research/../../credits?x=1#\r\nX-Injected: 1");
        assertThat(request.rawQuery()).isEqualTo("legacy=false");
    }
}
