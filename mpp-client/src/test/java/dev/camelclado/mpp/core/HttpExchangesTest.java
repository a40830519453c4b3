package dev.camelclado.mpp.core;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers reach the caller on the executor it chose, never on a thread started for one answer. */
class HttpExchangesTest {

    private HttpServer server;
    private final ExecutorService answers = Executors.newFixedThreadPool(2, r -> new Thread(r, "answers"));
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Payment-Receipt", "r1");
            exchange.sendResponseHeaders(402, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        answers.shutdownNow();
    }

    private HttpRequest request(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x")).build();
    }

    @Test
    void theAnswerIsWholeAndHandedOverOnTheChosenExecutor() throws Exception {
        CompletableFuture<String> seenOn = HttpExchanges.send(client, request(server.getAddress().getPort()), answers)
                .thenApply(response -> {
                    assertThat(response.statusCode()).isEqualTo(402);
                    assertThat(response.headers().firstValue("Payment-Receipt")).contains("r1");
                    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
                    assertThat(response.uri().getPath()).isEqualTo("/x");
                    return Thread.currentThread().getName();
                });
        assertThat(seenOn.get(10, TimeUnit.SECONDS)).isEqualTo("answers");
    }

    @Test
    void aFailureIsHandedOverOnTheChosenExecutorToo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CompletableFuture<HttpResponse<byte[]>> answer = HttpExchanges.send(client, request(closedPort), answers);
        CompletableFuture<String> seenOn = answer.handle((r, failure) -> Thread.currentThread().getName());
        assertThat(seenOn.get(10, TimeUnit.SECONDS)).isEqualTo("answers");
        assertThatThrownBy(() -> answer.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    /** A deadline left pending would hold each answer, body and all, for the whole request timeout. */
    @Test
    void anAnsweredCallLeavesNoDeadlineBehind() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/x")).timeout(java.time.Duration.ofMinutes(10)).build();
        for (java.util.concurrent.Executor executor : new java.util.concurrent.Executor[] { answers, null }) {
            assertThat(HttpExchanges.send(client, request, executor).get(10, TimeUnit.SECONDS).statusCode())
                    .isEqualTo(402);
        }
        assertThat(HttpExchanges.pendingDeadlines()).isZero();
    }

    @Test
    void aBodyPastTheLimitFailsTypedOnEitherPath() {
        for (java.util.concurrent.Executor executor : new java.util.concurrent.Executor[] { answers, null }) {
            CompletableFuture<HttpResponse<byte[]>> answer = HttpExchanges.send(client,
                    request(server.getAddress().getPort()), executor, 5);
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .rootCause().isInstanceOf(HttpExchanges.ResponseTooLargeException.class)
                    .hasMessageContaining("maxResponseSize");
        }
    }

    @Test
    void anExecutorThatRefusesStillGetsTheAnswerDelivered() throws Exception {
        HttpResponse<byte[]> response = HttpExchanges.send(client, request(server.getAddress().getPort()), task -> {
            throw new RejectedExecutionException("shut down");
        }).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(402);
    }
}
