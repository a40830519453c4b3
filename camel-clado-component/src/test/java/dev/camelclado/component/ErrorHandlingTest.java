package dev.camelclado.component;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.Credits;
import dev.camelclado.component.model.JobSubmission;
import dev.camelclado.sandbox.CladoSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How HTTP failures reach a route, against a loopback server scripted per test: typed exceptions for 5xx, unreadable
 * bodies and redirects, timeouts and refused connections, and redelivery driven by them.
 */
class ErrorHandlingTest extends CamelTestSupport {

    private record Scripted(int status, String body, Map<String, String> headers, long delayMillis) {
    }

    private static HttpServer server;
    private static final ConcurrentLinkedQueue<Scripted> SCRIPT = new ConcurrentLinkedQueue<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ErrorHandlingTest::answer);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        NEVER.countDown();
        server.stop(0);
    }

    @BeforeEach
    void clearScript() {
        SCRIPT.clear();
        HITS.clear();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        HITS.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
        Scripted next = SCRIPT.poll();
        if (next == null) {
            next = new Scripted(500, "{\"detail\":\"nothing scripted\"}", Map.of(), 0);
        }
        if (next.delayMillis() > 0) {
            try {
                NEVER.await(next.delayMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
        next.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(next.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
        } catch (IOException e) {
            // the client timed out and left
        }
    }

    private static void script(int status, String body, Map<String, String> headers) {
        SCRIPT.add(new Scripted(status, body, headers, 0));
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:credits").to("clado:account/credits?apiKey=k&baseUrl=" + base());
                from("direct:creditsWithRetry")
                        .onException(CladoServerException.class).maximumRedeliveries(3).redeliveryDelay(0).end()
                        .to("clado:account/credits?apiKey=k&baseUrl=" + base());
                from("direct:slow").to("clado:account/credits?apiKey=k&requestTimeout=200&baseUrl=" + base());
            }
        };
    }

    @Test
    void serverErrorsAreRetryableAndCarryRetryAfter() {
        script(503, "{\"detail\":\"Search service unavailable\"}", Map.of("Retry-After", "7"));
        Exchange exchange = template.send("direct:credits", e -> {
        });
        CladoServerException error = (CladoServerException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(503);
        assertThat(error.getMessage()).isEqualTo("clado:account/credits: HTTP 503: Search service unavailable");
        assertThat(error.getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getResponseBody()).isEqualTo("{\"detail\":\"Search service unavailable\"}");
    }

    @Test
    void rateLimitsReadRetryAfterFromTheBodyOrTheHeaderOrDefaultToAMinute() {
        script(429, "{\"error\":\"Rate limit exceeded\",\"retry_after\":30}", Map.of());
        assertThat(((CladoRateLimitException) template.send("direct:credits", e -> {
        }).getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        script(429, "{\"detail\":\"slow down\"}", Map.of("Retry-After", "12"));
        assertThat(((CladoRateLimitException) template.send("direct:credits", e -> {
        }).getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(12));
        script(429, "", Map.of());
        CladoRateLimitException bare = (CladoRateLimitException) template.send("direct:credits", e -> {
        }).getException();
        assertThat(bare.getRetryAfter()).isEqualTo(CladoRateLimitException.DEFAULT_RETRY_AFTER);
        assertThat(bare.getMessage()).isEqualTo("clado:account/credits: HTTP 429");
    }

    @Test
    void redeliveryActsOnTheTypedException() {
        script(500, "{\"detail\":\"boom\"}", Map.of());
        script(502, "<html>bad gateway</html>", Map.of("Content-Type", "text/html"));
        script(200, "{\"credits\":12,\"last_topup_at\":null}", Map.of());
        Exchange exchange = template.send("direct:creditsWithRetry", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Credits.class).getCredits()).isEqualTo(12);
        assertThat(HITS.get("/api/credits").get()).isEqualTo(3);
    }

    @Test
    void anErrorBodyThatIsNotJsonIsStillAMessage() {
        script(500, "<html><body>Internal\n   Server Error</body></html>", Map.of());
        Exchange exchange = template.send("direct:credits", e -> {
        });
        assertThat(((CladoApiException) exchange.getException()).getApiMessage())
                .isEqualTo("<html><body>Internal Server Error</body></html>");
    }

    @Test
    void aSuccessThatIsNotJsonIsAResponseException() {
        script(200, "<html>maintenance</html>", Map.of("Content-Type", "text/html"));
        Exchange exchange = template.send("direct:credits", e -> {
        });
        CladoResponseException error = (CladoResponseException) exchange.getException();
        assertThat(error.getMessage()).isEqualTo("clado:account/credits: the answer is not JSON (text/html): <html>maintenance</html>");
        assertThat(error.getStatusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessOfTheWrongShapeIsAResponseException() {
        script(200, "{\"credits\":\"many\"}", Map.of());
        Exchange exchange = template.send("direct:credits", e -> {
        });
        assertThat(exchange.getException()).isInstanceOf(CladoResponseException.class)
                .hasMessageStartingWith("clado:account/credits: the answer does not match Credits:");
    }

    @Test
    void redirectsAreNotFollowed() {
        script(302, "", Map.of("Location", base() + "/elsewhere"));
        Exchange exchange = template.send("direct:credits", e -> {
        });
        CladoApiException error = (CladoApiException) exchange.getException();
        assertThat(error.getStatusCode()).isEqualTo(302);
        assertThat(error.getMessage()).contains("redirects are not followed");
        assertThat(HITS).doesNotContainKey("/elsewhere");
    }

    @Test
    void noAnswerWithinTheRequestTimeout() {
        SCRIPT.add(new Scripted(200, "{\"credits\":1}", Map.of(), 5_000));
        Exchange exchange = template.send("direct:slow", e -> {
        });
        assertThat(exchange.getException()).isInstanceOf(CladoConnectionException.class)
                .hasMessage("clado:account/credits: no answer within requestTimeout (200 ms); the request may still have"
                        + " reached Clado");
    }

    @Test
    void aRefusedConnectionIsAConnectionException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Exchange exchange = template.send("clado:account/credits?apiKey=k&baseUrl=http://127.0.0.1:" + closedPort, e -> {
        });
        assertThat(exchange.getException()).isInstanceOf(CladoConnectionException.class)
                .hasMessageStartingWith("clado:account/credits: cannot connect to http://127.0.0.1:" + closedPort);
    }

    @Test
    void continueFallsBackToTheOlderFieldNameWhenTheApiRejectsTheNewOne() {
        try (CladoSandbox legacy = CladoSandbox.builder().legacyContinueKey(true)
                .clock(dev.camelclado.sandbox.SandboxClock.manual(java.time.Instant.parse("2026-01-01T00:00:00Z")))
                .start()) {
            String options = "?apiKey=" + legacy.apiKey() + "&baseUrl=" + legacy.baseUrl();
            Exchange start = template.send("clado:deepResearch/start" + options + "&query=q&limit=5", e -> {
            });
            ((dev.camelclado.sandbox.SandboxClock.ManualClock) legacy.clock()).advance(Duration.ofMinutes(5));
            Exchange more = template.send("clado:deepResearch/continue" + options + "&additionalLimit=4",
                    e -> e.getMessage().setHeader(CladoConstants.JOB_ID, start.getMessage().getHeader(CladoConstants.JOB_ID)));
            assertThat(more.getException()).isNull();
            assertThat(more.getMessage().getBody(JobSubmission.class).getStatus()).isEqualTo("pending");
            var continues = legacy.stats().recentRequests().stream().filter(r -> r.path().endsWith("/continue")).toList();
            assertThat(continues).extracting(r -> r.status() + " " + r.body())
                    .containsExactly("422 {\"additional_limit\":4}", "200 {\"additionalLimit\":4}");
        }
    }
}
