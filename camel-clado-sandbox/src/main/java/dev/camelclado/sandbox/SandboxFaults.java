package dev.camelclado.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.ApiError;

/**
 * Scripted failures: the next {@code times} requests to a route (as in {@link SandboxStats}, e.g.
 * {@code "GET /api/credits"}) are answered with a given status and {@code {"detail": ...}} instead of being served.
 */
public final class SandboxFaults {

    private record Fault(int status, String detail, AtomicInteger remaining) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    public void failNext(String route, int status, String detail, int times) {
        faults.put(route, new Fault(status, detail, new AtomicInteger(times)));
    }

    public void clear() {
        faults.clear();
    }

    /** The scripted error for this request, if one is due. */
    ApiError due(String route) {
        Fault fault = faults.get(route);
        if (fault == null || fault.remaining().getAndDecrement() <= 0) {
            return null;
        }
        ObjectNode body = Json.object();
        body.put("detail", fault.detail());
        return new ApiError(fault.status(), body, Map.of());
    }
}
