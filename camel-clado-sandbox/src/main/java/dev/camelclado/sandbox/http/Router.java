package dev.camelclado.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Method + path-template dispatch ({@code /api/search/deep_research/{jobId}/cancel}). */
public final class Router {

    private record Route(String method, String[] segments, String template, Function<SandboxRequest, SandboxResponse> handler) {
    }

    /** A matched route: the template it matched (for statistics) and how to run it. */
    public record Match(String template, Function<SandboxRequest, SandboxResponse> handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Function<SandboxRequest, SandboxResponse> handler) {
        routes.add(new Route(method, split(template), template, handler));
        return this;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }

    /**
     * Finds the route for a request and binds its path parameters.
     *
     * @throws ApiError 404 for an unknown path, 405 for a known path with another method
     */
    public Match match(SandboxRequest request) {
        // split before decoding: an encoded '/' inside a job id stays inside its segment
        String[] segments = split(request.rawPath());
        for (int i = 0; i < segments.length; i++) {
            segments[i] = decode(segments[i]);
        }
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (route.method().equalsIgnoreCase(request.method())) {
                request.pathParams(params);
                return new Match(route.method() + " " + route.template(), route.handler());
            }
        }
        throw pathKnown ? ApiError.detail(405, "Method Not Allowed") : ApiError.detail(404, "Not Found");
    }

    private static String decode(String segment) {
        try {
            // a path keeps '+' literal, unlike a form
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.detail(400, "Bad Request: malformed path");
        }
    }

    private static Map<String, String> bind(String[] template, String[] actual) {
        if (template.length != actual.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(part.substring(1, part.length() - 1), actual[i]);
            } else if (!part.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }
}
