package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;

import dev.camelclado.sandbox.SandboxClock;

/**
 * Drives consumers on a manual clock shared with the sandbox: after the clock moves, waits until every read that
 * fell due is done, so each read happens exactly when the schedule says (the scheduler ticks every few milliseconds
 * of real time, and a tick with nothing due makes no request).
 */
final class WatchAwait {

    private WatchAwait() {
    }

    /**
     * Waits until no consumer of the contexts is in a run and none has a job due (a job being read is leased, so
     * not due, while its consumer is still polling). A consumer counts as idle only if it was not polling before its
     * watches were looked at, is not polling after, and finished no run in between: a run that started meanwhile
     * could have leased a due job (so it looked not due) and still be handling it.
     */
    static void settle(SandboxClock.ManualClock clock, CamelContext... contexts) {
        Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(1, TimeUnit.MILLISECONDS).until(() -> {
            Instant now = clock.now();
            for (CamelContext camel : contexts) {
                if (!camel.isStarted()) {
                    continue;
                }
                for (CladoConsumer consumer : camel.getComponent("clado", CladoComponent.class).consumers()) {
                    long runs = consumer.getCompletedRuns();
                    if (consumer.isPolling()) {
                        return false;
                    }
                    boolean due = consumer.watches().stream().anyMatch(w -> w.isActive()
                            && (w.getNextPollAt() == null || !w.getNextPollAt().isAfter(now)));
                    if (due || consumer.isPolling() || consumer.getCompletedRuns() != runs) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** Moves time forward in steps, letting the consumers read whatever falls due at each step. */
    static void advance(SandboxClock.ManualClock clock, Duration total, Duration step, CamelContext... contexts) {
        Duration moved = Duration.ZERO;
        while (moved.compareTo(total) < 0) {
            Duration next = step.compareTo(total.minus(moved)) <= 0 ? step : total.minus(moved);
            clock.advance(next);
            moved = moved.plus(next);
            settle(clock, contexts);
        }
    }
}
