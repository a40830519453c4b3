package dev.camelclado.sandbox.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.data.ProfileFactory;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.DeepResearchJob;
import dev.camelclado.sandbox.state.RateLimiter;

/** Deep research: start, status (all results or one page), cancel and continue, with Clado's rules and codes. */
public final class DeepResearchApi {

    static final int DEFAULT_LIMIT = 30;
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 100;

    private final SandboxState state;
    private final boolean legacyContinueKey;

    /**
     * @param legacyContinueKey act like the older API that only knew {@code additionalLimit} and rejected
     *                          {@code additional_limit} with 422, so clients can prove their fallback
     */
    public DeepResearchApi(SandboxState state, boolean legacyContinueKey) {
        this.state = state;
        this.legacyContinueKey = legacyContinueKey;
    }

    public SandboxResponse start(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "deep-research");
        JsonNode body = objectBody(request);
        JsonNode queryNode = body.get("query");
        if (queryNode == null || !queryNode.isTextual() || queryNode.textValue().isBlank()) {
            throw ApiError.missingField("body", "query");
        }
        Integer limitParam = Params.bodyInt(body, "limit");
        int limit = limitParam == null ? DEFAULT_LIMIT : limitParam;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.detail(400, "limit must be between 1 and " + MAX_LIMIT);
        }
        List<String> companyUrls = Params.bodyStrings(body, "hard_filter_company_urls");
        Instant now = state.now();
        account.charge(Math.min(limit, state.profilesPerQuery()));
        DeepResearchJob job = state.jobs().startDeepResearch(account, queryNode.textValue(), companyUrls, limit,
                state.profilesPerQuery(), now);
        ObjectNode answer = Json.object();
        answer.put("job_id", job.id());
        answer.put("status", "pending");
        answer.put("message", "Deep research job initiated");
        return SandboxState.withRateLimit(SandboxResponse.ok(answer), admission);
    }

    public SandboxResponse status(SandboxRequest request) {
        Account account = state.authenticate(request);
        Integer page = Params.optionalInt(request.queryParam("page"), "query", "page");
        Integer pageSizeParam = Params.optionalInt(request.queryParam("page_size"), "query", "page_size");
        int pageSize = pageSizeParam == null ? DEFAULT_PAGE_SIZE : pageSizeParam;
        if (page != null && page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiError.detail(400, "Invalid pagination parameters: page must be >= 1 and page_size between 1 and "
                    + MAX_PAGE_SIZE);
        }
        boolean legacy = !"false".equalsIgnoreCase(request.queryParam("legacy"));
        Instant now = state.now();
        DeepResearchJob job = state.jobs().deepResearch(request.pathParam("jobId"), account, now);
        DeepResearchJob.Snapshot snapshot = job.snapshot(now);

        ObjectNode answer = Json.object();
        answer.put("job_id", job.id());
        answer.put("status", snapshot.status());
        answer.put("message", message(snapshot.status()));
        int from = 0;
        int to = snapshot.results();
        if (page != null) {
            from = Math.min(snapshot.results(), (page - 1) * pageSize);
            to = Math.min(snapshot.results(), from + pageSize);
        }
        ArrayNode results = Json.array();
        for (int i = from; i < to; i++) {
            ObjectNode result = ProfileFactory.result(job.query(), i, List.of(), List.of());
            results.add(legacy ? ProfileFactory.toLegacy(result) : result);
        }
        answer.put("total_results", results.size());
        answer.put("final_results_count", snapshot.results());
        answer.put("opensearch_results", snapshot.opensearchResults());
        answer.put("total_filtered", snapshot.results());
        answer.put("search_chunk_done", snapshot.chunksDone());
        answer.put("search_chunk_total", snapshot.chunksTotal());
        answer.put("created_at", job.createdAt().toString());
        if ("error".equals(snapshot.status())) {
            answer.put("error", "Sandbox job failed as scripted (" + job.failureCause() + ")");
        }
        answer.set("results", results);
        if (page != null) {
            int totalPages = (snapshot.results() + pageSize - 1) / pageSize;
            ObjectNode pagination = answer.putObject("pagination");
            pagination.put("current_page", page);
            pagination.put("page_size", pageSize);
            pagination.put("total_pages", totalPages);
            pagination.put("total_results", snapshot.results());
            if (state.paginationHasNext()) {
                pagination.put("has_next", page < totalPages);
            }
        }
        return SandboxResponse.ok(answer);
    }

    public SandboxResponse cancel(SandboxRequest request) {
        Account account = state.authenticate(request);
        Instant now = state.now();
        DeepResearchJob job = state.jobs().deepResearch(request.pathParam("jobId"), account, now);
        String before = job.snapshot(now).status();
        int kept = job.cancel(now);
        ObjectNode answer = Json.object();
        if (kept >= 0) {
            // cancelled jobs are charged only for the results already produced; seeded jobs were never charged
            if (job.owner() != null) {
                job.owner().refund(job.targetResults() - kept);
            }
            answer.put("success", true);
            answer.put("message", "Deep research job cancelled successfully");
            return SandboxResponse.ok(answer);
        }
        if ("completed".equals(before)) {
            answer.put("success", false);
            answer.put("message", "Cannot cancel job: already completed");
            return SandboxResponse.ok(answer);
        }
        throw ApiError.detail(409, "Job cannot be cancelled (already " + before + ")");
    }

    public SandboxResponse continueJob(SandboxRequest request) {
        Account account = state.authenticate(request);
        RateLimiter.Admission admission = state.admit(account, "deep-research-continue");
        JsonNode body = objectBody(request);
        if (legacyContinueKey && body.has("additional_limit")) {
            throw ApiError.detail(422, "extra fields not permitted: additional_limit");
        }
        Integer additionalParam = Params.bodyInt(body, legacyContinueKey ? "additionalLimit" : "additional_limit");
        int additional = additionalParam == null ? DEFAULT_LIMIT : additionalParam;
        if (additional < 1 || additional > MAX_LIMIT) {
            throw ApiError.detail(400, "additional_limit must be between 1 and " + MAX_LIMIT);
        }
        Instant now = state.now();
        DeepResearchJob job = state.jobs().deepResearch(request.pathParam("jobId"), account, now);
        String status = job.snapshot(now).status();
        if (!"completed".equals(status)) {
            throw ApiError.detail(409, "Job must be completed before it can be continued (status: " + status + ")");
        }
        if (job.remaining() <= 0) {
            throw ApiError.detail(409, "No more results available for this job");
        }
        account.charge(Math.min(additional, job.remaining()));
        job.extend(additional, now);
        ObjectNode answer = Json.object();
        answer.put("job_id", job.id());
        answer.put("status", "pending");
        answer.put("message", "Deep research continuation initiated");
        return SandboxState.withRateLimit(SandboxResponse.ok(answer), admission);
    }

    private static JsonNode objectBody(SandboxRequest request) {
        JsonNode body = request.bodyJson();
        if (body.isNull()) {
            return Json.object();
        }
        if (!body.isObject()) {
            throw ApiError.detail(422, "Request body must be a JSON object");
        }
        return body;
    }

    static String message(String status) {
        switch (status) {
            case "pending":
                return "Deep research job queued";
            case "searching":
                return "Searching for profiles";
            case "processing":
                return "Validating and processing profiles";
            case "completed":
                return "Deep research completed successfully";
            case "error":
                return "Deep research failed";
            case "cancelled":
                return "Deep research job was cancelled";
            default:
                return status;
        }
    }
}
