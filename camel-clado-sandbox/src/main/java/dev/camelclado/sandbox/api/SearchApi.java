package dev.camelclado.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.data.ProfileFactory;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.RateLimiter;

/** {@code GET /api/search}: people search with {@code search_id} + {@code offset} paging. */
public final class SearchApi {

    private record Search(String query, List<String> companies, List<String> schools) {
    }

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 30;
    static final int FLAT_PRICE_WITHOUT_FILTERING = 5;

    private final SandboxState state;
    private final Map<String, Search> searches = new ConcurrentHashMap<>();

    public SearchApi(SandboxState state) {
        this.state = state;
    }

    public SandboxResponse search(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "search");

        String searchId = request.queryParam("search_id");
        Search search;
        if (searchId != null && !searchId.isEmpty()) {
            try {
                UUID.fromString(searchId);
            } catch (IllegalArgumentException e) {
                throw ApiError.detail(422, "search_id must be a UUID");
            }
            search = searches.get(searchId);
            if (search == null) {
                throw ApiError.detail(404, "Search not found");
            }
            String query = request.queryParam("query");
            if (query != null && !query.isBlank() && !query.equals(search.query())) {
                // stricter than Clado may be: a new query with an old search id is almost surely a client bug
                throw ApiError.detail(400, "search_id belongs to the search for '" + search.query() + "', not '" + query + "'");
            }
        } else {
            String query = Params.requiredQuery(request.queryParam("query"), "query");
            search = new Search(query, request.queryParams("companies"), request.queryParams("schools"));
            searchId = UUID.nameUUIDFromBytes((query + "|" + search.companies() + "|" + search.schools())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            searches.put(searchId, search);
        }
        Integer limitParam = Params.optionalInt(request.queryParam("limit"), "query", "limit");
        int limit = limitParam == null ? DEFAULT_LIMIT : limitParam;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.detail(400, "Invalid parameters: limit must be between 1 and " + MAX_LIMIT);
        }
        Integer offsetParam = Params.optionalInt(request.queryParam("offset"), "query", "offset");
        int offset = offsetParam == null ? 0 : offsetParam;
        if (offset < 0) {
            throw ApiError.detail(400, "Invalid parameters: offset must be 0 or more");
        }
        Boolean filteringParam = Params.optionalBoolean(request.queryParam("advanced_filtering"), "query",
                "advanced_filtering");
        boolean advancedFiltering = filteringParam == null || filteringParam;
        boolean legacy = !"false".equalsIgnoreCase(request.queryParam("legacy"));

        int end = Math.min(state.profilesPerQuery(), offset + limit);
        int count = Math.max(0, end - offset);
        account.charge(advancedFiltering ? count : FLAT_PRICE_WITHOUT_FILTERING);

        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        for (int i = offset; i < end; i++) {
            ObjectNode result = ProfileFactory.result(search.query(), i, search.companies(), search.schools());
            results.add(legacy ? ProfileFactory.toLegacy(result) : result);
        }
        body.put("total", count);
        body.put("query", search.query());
        body.put("search_id", searchId);
        return SandboxState.withRateLimit(SandboxResponse.ok(body), admission);
    }
}
