package dev.camelclado.mpp.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSession;

/**
 * Sends a request without blocking and hands its answer to a chosen executor. {@code HttpClient.sendAsync} completes
 * its future through {@code CompletableFuture}'s default executor, which on a machine with fewer than three cores
 * is a new thread per task: 1,000 calls in flight started 178 threads in the concurrency benchmark, and each answer
 * paid for a thread start. Here the answer is taken from the body subscriber and passed to {@code answers}. The
 * request's timeout bounds the whole answer, body included (the JDK's own stops once the headers are in).
 */
public final class HttpExchanges {

    private HttpExchanges() {
    }

    /**
     * @param answers where the returned future completes (a pooled executor); null keeps {@code sendAsync}'s own
     *                behaviour
     */
    public static CompletableFuture<HttpResponse<byte[]>> send(HttpClient client, HttpRequest request, Executor answers) {
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        CompletableFuture<?> exchange;
        if (answers == null) {
            exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(response);
                }
            });
        } else {
            exchange = bodyFirst(client, request, answers, answer);
        }
        // the JDK's request timeout stops at the headers: a body that trickles, or stalls, would hold the call forever
        request.timeout().ifPresent(limit -> CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS,
                answers == null ? Runnable::run : answers).execute(() -> {
                    if (answer.completeExceptionally(new HttpTimeoutException("no whole answer within " + limit
                            + " (request timeout)"))) {
                        exchange.cancel(true);
                    }
                }));
        return answer;
    }

    private static CompletableFuture<?> bodyFirst(HttpClient client, HttpRequest request, Executor answers,
            CompletableFuture<HttpResponse<byte[]>> answer) {
        return client.sendAsync(request, info -> {
            HttpResponse.BodySubscriber<byte[]> body = HttpResponse.BodySubscribers.ofByteArray();
            body.getBody().whenComplete((bytes, failure) -> handOver(answers, () -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(new Buffered(request, info.statusCode(), info.headers(), info.version(), bytes));
                }
            }));
            return body;
        }).whenComplete((ignored, failure) -> {
            // failures before or while reading the body (connect, timeout, reset) end here, not in the subscriber
            if (failure != null) {
                handOver(answers, () -> answer.completeExceptionally(failure));
            }
        });
    }

    /** An executor that refuses (shut down) must not leave the answer's future incomplete forever. */
    private static void handOver(Executor answers, Runnable completion) {
        try {
            answers.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }

    private record Buffered(HttpRequest request, int statusCode, HttpHeaders headers, HttpClient.Version version,
            byte[] body) implements HttpResponse<byte[]> {

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }
    }
}
