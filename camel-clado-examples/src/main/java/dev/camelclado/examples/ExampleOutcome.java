package dev.camelclado.examples;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Exchange;

/**
 * How an example run ended. Routes call {@code succeeded} at their last step, and {@link ExampleRoutes} calls
 * {@code failed} on any error, so the launcher stops as soon as the example is over (an example may end long after
 * its first message: the lead pipeline waits for a job) and exits with a failure code if it failed.
 */
public class ExampleOutcome {

    /** The name routes (Java and YAML) call it by. */
    public static final String BEAN = "exampleOutcome";

    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Runnable onEnd;

    public ExampleOutcome() {
        this(() -> {
        });
    }

    public ExampleOutcome(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    public void succeeded() {
        end();
    }

    public void failed(Exchange exchange) {
        Exception exception = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        failure.compareAndSet(null, exception == null ? "failed" : exception.getClass().getSimpleName() + ": "
                + exception.getMessage());
        end();
    }

    private void end() {
        if (ended.getCount() > 0) {
            ended.countDown();
            onEnd.run();
        }
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    public boolean hasEnded() {
        return ended.getCount() == 0;
    }

    /** Why it failed, or null if it succeeded or is still running. */
    public String failure() {
        return failure.get();
    }
}
