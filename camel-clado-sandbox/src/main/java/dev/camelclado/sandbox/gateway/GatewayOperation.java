package dev.camelclado.sandbox.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A route of the Locus gateway ({@code POST /clado/<route>}): its price for a body (clado-api.md §2.2, the inferred
 * formulas for dynamic prices), and how it calls the Clado API (method, path, whether the body becomes query
 * parameters or stays a JSON body, where {@code jobId} goes).
 */
record GatewayOperation(String route, String method, String path, boolean query, boolean legacyFlag, boolean needsJobId,
        ToLongFunction<JsonNode> price) {

    static final long FEE = 3000;
    static final long PER_RESULT = 10_000;
    static final long EMAIL = 40_000;
    static final long PHONE = 100_000;

    static final Map<String, GatewayOperation> ALL = Map.ofEntries(
            entry("search", "GET", "/api/search", true, true, false, b -> FEE + PER_RESULT * intOr(b, "limit", 30)),
            entry("deep-research", "POST", "/api/search/deep_research", false, false, false,
                    b -> FEE + PER_RESULT * intOr(b, "limit", 30)),
            entry("deep-research-status", "GET", "/api/search/deep_research/{jobId}", true, true, true, b -> FEE),
            entry("deep-research-cancel", "POST", "/api/search/deep_research/{jobId}/cancel", false, false, true, b -> FEE),
            entry("deep-research-more", "POST", "/api/search/deep_research/{jobId}/continue", false, false, true,
                    b -> FEE + PER_RESULT * intOr(b, "additional_limit", 30)),
            entry("contacts", "GET", "/api/enrich/contacts", true, false, false, b -> FEE + contactPrice(b)),
            entry("scrape", "GET", "/api/enrich/scrape", true, false, false, b -> 23_000),
            entry("linkedin-profile", "GET", "/api/enrich/linkedin", true, true, false, b -> 13_000),
            entry("post-reactions", "GET", "/api/enrich/post-reactions", true, false, false, b -> 13_000),
            entry("bulk-contacts", "POST", "/api/enrich/bulk-contacts", false, false, false,
                    b -> FEE + (long) b.path("linkedin_urls").size() * contactPrice(b)),
            entry("bulk-contacts-status", "GET", "/api/enrich/bulk-contacts/{jobId}", true, false, true, b -> FEE));

    private static Map.Entry<String, GatewayOperation> entry(String route, String method, String path, boolean query,
            boolean legacy, boolean jobId, ToLongFunction<JsonNode> price) {
        return Map.entry(route, new GatewayOperation(route, method, path, query, legacy, jobId, price));
    }

    /** Email only unless phones are asked for; both when both are. */
    static long contactPrice(JsonNode body) {
        boolean phone = body.path("phone_enrichment").asBoolean(false);
        boolean email = body.path("email_enrichment").asBoolean(!phone);
        return (email ? EMAIL : 0) + (phone ? PHONE : 0);
    }

    /** Limits past this are refused before any price is computed (Clado's own job cap is about 1,000). */
    static final long MAX_COUNT = 10_000;

    static long intOr(JsonNode body, String field, long fallback) {
        JsonNode value = body.get(field);
        return value != null && value.canConvertToLong() ? Math.max(0, value.asLong()) : fallback;
    }

    /** What is wrong with a body before anything is charged, or null. */
    String problem(JsonNode body) {
        if (needsJobId && (!body.path("jobId").isTextual() || body.path("jobId").asText().isBlank())) {
            return "jobId is required";
        }
        for (String list : List.of("companies", "schools", "hard_filter_company_urls", "linkedin_urls", "people_ids")) {
            if (body.has(list) && !body.get(list).isArray()) {
                return list + " must be an array of strings";
            }
        }
        for (String number : List.of("limit", "offset", "page", "page_size", "additional_limit")) {
            if (body.has(number) && (!body.get(number).isIntegralNumber() || !body.get(number).canConvertToLong()
                    || body.get(number).asLong() > MAX_COUNT)) {
                return number + " must be an integer of at most " + MAX_COUNT;
            }
        }
        if (body.path("linkedin_urls").size() > MAX_COUNT) {
            return "at most " + MAX_COUNT + " linkedin_urls";
        }
        if (route.equals("bulk-contacts") && body.path("linkedin_urls").isEmpty() && body.path("people_ids").isEmpty()) {
            return "linkedin_urls or people_ids is required";
        }
        return null;
    }

    /** The query string (for GETs) the Clado API gets for this body. */
    String queryString(JsonNode body) {
        List<String> parts = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            if (field.getKey().equals("jobId") || field.getKey().equals("legacy")) {
                return;
            }
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> parts.add(encode(field.getKey()) + "=" + encode(item.asText())));
            } else if (!field.getValue().isNull()) {
                parts.add(encode(field.getKey()) + "=" + encode(field.getValue().asText()));
            }
        });
        if (route.equals("contacts") && !body.has("email_enrichment") && !body.has("phone_enrichment")) {
            parts.add("email_enrichment=true");
        }
        if (legacyFlag) {
            parts.add("legacy=false");
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
