package dev.camelclado.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.gateway.PaidFault;
import dev.camelclado.sandbox.http.ApiError;

/**
 * Scripted failures of a route (as in {@link SandboxStats}, e.g. {@code "GET /api/credits"} or
 * {@code "POST /clado/{op}"}): requests are answered with a given status and {@code {"detail": ...}} instead of being
 * served, either the next few or every n-th. Scripting a route again replaces what it had. The gateway can also be
 * scripted to misbehave after it has taken a payment ({@link #afterPayment}).
 */
public final class SandboxFaults {

    private record Fault(int status, String detail, BooleanSupplier due) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Queue<PaidFault.Due> paidFaults = new ConcurrentLinkedQueue<>();

    /** The next {@code times} requests to the route fail. */
    public void failNext(String route, int status, String detail, int times) {
        AtomicInteger remaining = new AtomicInteger(times);
        faults.put(route, new Fault(status, detail, () -> remaining.getAndDecrement() > 0));
    }

    /**
     * Every {@code every}-th request to the route fails until {@link #clear()}: the first {@code every - 1} are
     * served, the next fails, and so on, so a client's retries and back-off meet a flapping upstream.
     */
    public void failEvery(String route, int status, String detail, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, was " + every);
        }
        AtomicLong seen = new AtomicLong();
        faults.put(route, new Fault(status, detail, () -> seen.incrementAndGet() % every == 0));
    }

    /**
     * The next {@code times} payments the gateway verifies and takes are followed by the fault (after any already
     * scripted), each taking {@code time} where the fault takes any ({@link PaidFault#NO_ANSWER},
     * {@link PaidFault#SLOW_BODY}).
     */
    public void afterPayment(PaidFault fault, int times, Duration time) {
        for (int i = 0; i < times; i++) {
            paidFaults.add(new PaidFault.Due(fault, time));
        }
    }

    /** {@link #afterPayment(PaidFault, int, Duration)} taking two seconds. */
    public void afterPayment(PaidFault fault, int times) {
        afterPayment(fault, times, Duration.ofSeconds(2));
    }

    public void clear() {
        faults.clear();
        paidFaults.clear();
    }

    /** The fault to follow the payment the gateway has just taken, or null. */
    PaidFault.Due takePaidFault() {
        return paidFaults.poll();
    }

    /** The scripted error for this request, if one is due. */
    ApiError due(String route) {
        Fault fault = faults.get(route);
        if (fault == null || !fault.due().getAsBoolean()) {
            return null;
        }
        ObjectNode body = Json.object();
        body.put("detail", fault.detail());
        return new ApiError(fault.status(), body, Map.of());
    }
}
