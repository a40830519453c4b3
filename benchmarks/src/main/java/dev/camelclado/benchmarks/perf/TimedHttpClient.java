package dev.camelclado.benchmarks.perf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelclado.sandbox.client.ForwardingHttpClient;

/**
 * An {@link HttpClient} that adds up the time its exchanges take, from send to response: the network and the
 * server's work. A call's wall time minus this total is the time spent in the client, which is how the payment
 * benchmark separates what paying adds from what the sandbox gateway spends verifying. Meant for one call at a time.
 */
final class TimedHttpClient extends ForwardingHttpClient {

    private final AtomicLong nanosInExchanges = new AtomicLong();
    private final AtomicInteger exchanges = new AtomicInteger();

    TimedHttpClient(HttpClient delegate) {
        super(delegate);
    }

    void reset() {
        nanosInExchanges.set(0);
        exchanges.set(0);
    }

    long nanosInExchanges() {
        return nanosInExchanges.get();
    }

    int exchanges() {
        return exchanges.get();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        try {
            return delegate.send(request, handler);
        } finally {
            count(started);
        }
    }

    /**
     * The exchange ends when the body is read: the body subscriber records the time before the caller's subscriber
     * hears of it, so a caller that takes its answer from the body (as the component does) never sees the exchange
     * uncounted. An exchange that fails before its body is counted when its future fails.
     */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        long started = System.nanoTime();
        AtomicBoolean counted = new AtomicBoolean();
        Runnable done = () -> {
            if (counted.compareAndSet(false, true)) {
                count(started);
            }
        };
        return delegate.sendAsync(request, info -> new CountingSubscriber<>(handler.apply(info), done))
                .whenComplete((response, failure) -> done.run());
    }

    private record CountingSubscriber<T>(HttpResponse.BodySubscriber<T> delegate, Runnable done)
            implements HttpResponse.BodySubscriber<T> {

        @Override
        public CompletionStage<T> getBody() {
            return delegate.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            delegate.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            delegate.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            done.run();
            delegate.onError(throwable);
        }

        @Override
        public void onComplete() {
            done.run();
            delegate.onComplete();
        }
    }

    private void count(long started) {
        nanosInExchanges.addAndGet(System.nanoTime() - started);
        exchanges.incrementAndGet();
    }
}
