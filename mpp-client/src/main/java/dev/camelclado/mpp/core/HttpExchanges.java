package dev.camelclado.mpp.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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

    /** 32 MiB: far above any Clado answer (a 1,000-profile deep research is about 0.6 MB). */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;

    /** One daemon thread for every call's deadline; cancelled deadlines leave its queue at once. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private HttpExchanges() {
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "mpp-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        return deadlines;
    }

    /** Deadlines still pending, for tests. */
    static int pendingDeadlines() {
        return DEADLINES.getQueue().size();
    }

    /** {@link #send(HttpClient, HttpRequest, Executor, long)} with the default size limit. */
    public static CompletableFuture<HttpResponse<byte[]>> send(HttpClient client, HttpRequest request, Executor answers) {
        return send(client, request, answers, DEFAULT_MAX_RESPONSE_SIZE);
    }

    /**
     * @param answers  where the returned future completes (a pooled executor); null keeps {@code sendAsync}'s own
     *                 threads
     * @param maxBytes the largest body read: a larger one fails with {@link ResponseTooLargeException} as soon as
     *                 it passes the limit, so a hostile server cannot fill the heap
     */
    public static CompletableFuture<HttpResponse<byte[]>> send(HttpClient client, HttpRequest request, Executor answers,
            long maxBytes) {
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        CompletableFuture<?> exchange;
        if (answers == null) {
            exchange = client.sendAsync(request, info -> new Bounded(HttpResponse.BodySubscribers.ofByteArray(),
                    maxBytes)).whenComplete((response, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(response);
                }
            });
        } else {
            exchange = bodyFirst(client, request, answers, answer, maxBytes);
        }
        // the JDK's request timeout stops at the headers: a body that trickles, or stalls, would hold the call forever
        request.timeout().ifPresent(limit -> {
            Executor completing = answers == null ? Runnable::run : answers;
            ScheduledFuture<?> deadline = DEADLINES.schedule(() -> handOver(completing, () -> {
                if (answer.completeExceptionally(new HttpTimeoutException("no whole answer within " + limit
                        + " (request timeout)"))) {
                    exchange.cancel(true);
                }
            }), limit.toMillis(), TimeUnit.MILLISECONDS);
            // dropped at once when the answer comes: a pending deadline would hold the answer for the whole timeout
            answer.whenComplete((response, failure) -> deadline.cancel(false));
        });
        return answer;
    }

    private static CompletableFuture<?> bodyFirst(HttpClient client, HttpRequest request, Executor answers,
            CompletableFuture<HttpResponse<byte[]>> answer, long maxBytes) {
        return client.sendAsync(request, info -> {
            HttpResponse.BodySubscriber<byte[]> body = new Bounded(HttpResponse.BodySubscribers.ofByteArray(), maxBytes);
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

    /** Thrown when an answer's body passes the size limit; the connection is dropped there. */
    public static final class ResponseTooLargeException extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(long maxBytes) {
            super("the answer's body is larger than " + maxBytes + " bytes (maxResponseSize)");
        }
    }

    /** Counts the body as it arrives and gives up past the limit, before the bytes are gathered into an array. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> delegate;
        private final long maxBytes;
        private long received;
        private Flow.Subscription subscription;
        private boolean failed;

        Bounded(HttpResponse.BodySubscriber<byte[]> delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return delegate.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            delegate.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (failed) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                received += buffer.remaining();
            }
            if (received > maxBytes) {
                failed = true;
                subscription.cancel();
                delegate.onError(new ResponseTooLargeException(maxBytes));
                return;
            }
            delegate.onNext(buffers);
        }

        @Override
        public void onError(Throwable throwable) {
            if (!failed) {
                delegate.onError(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!failed) {
                delegate.onComplete();
            }
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
