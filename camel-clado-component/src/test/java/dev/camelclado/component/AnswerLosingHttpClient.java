package dev.camelclado.component;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelclado.sandbox.client.ForwardingHttpClient;

/**
 * The JDK client, except that the answer to one paid request (one carrying a payment credential) whose path ends
 * with {@code pathEnd} never comes back: the request reaches the server (which serves it and settles the payment),
 * then the connection breaks ({@link Mode#DROP}) or the answer hangs ({@link Mode#HOLD}).
 */
final class AnswerLosingHttpClient extends ForwardingHttpClient {

    enum Mode { DROP, HOLD }

    private final String pathEnd;
    private final int lose;
    private final Mode mode;
    private final AtomicInteger paidRequests = new AtomicInteger();
    /** Counted down once the request whose answer is lost has been served. */
    final CountDownLatch lost = new CountDownLatch(1);

    /** Loses the answer of the {@code lose}-th paid request (1-based) to a path ending with {@code pathEnd}. */
    AnswerLosingHttpClient(String pathEnd, int lose, Mode mode) {
        super(HttpClient.newBuilder().followRedirects(Redirect.NEVER).build());
        this.pathEnd = pathEnd;
        this.lose = lose;
        this.mode = mode;
    }

    private boolean losesAnswer(HttpRequest request) {
        boolean paid = request.headers().map().keySet().stream().anyMatch(h -> h.toLowerCase().contains("authorization"));
        return paid && request.uri().getPath().endsWith(pathEnd) && paidRequests.incrementAndGet() == lose;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        if (!losesAnswer(request)) {
            return delegate.sendAsync(request, handler);
        }
        // the server serves the request, but the caller's body handler never sees the answer
        CompletableFuture<HttpResponse<Void>> served = delegate.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        CompletableFuture<HttpResponse<T>> lostAnswer = new CompletableFuture<>();
        served.whenComplete((response, failure) -> {
            lost.countDown();
            if (mode == Mode.DROP) {
                lostAnswer.completeExceptionally(new IOException("connection reset after the request was sent"));
            }
        });
        return lostAnswer;
    }
}
