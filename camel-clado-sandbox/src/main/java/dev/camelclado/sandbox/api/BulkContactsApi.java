package dev.camelclado.sandbox.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.ApiError;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;
import dev.camelclado.sandbox.state.BulkContactsJob;

/** Bulk contact enrichment: start a job over up to 5,000 LinkedIn URLs, then poll it. */
public final class BulkContactsApi {

    static final int MAX_URLS = 5000;

    private final SandboxState state;

    public BulkContactsApi(SandboxState state) {
        this.state = state;
    }

    public SandboxResponse start(SandboxRequest request) {
        Account account = state.authenticate(request);
        JsonNode body = request.bodyJson();
        if (!body.isObject()) {
            throw ApiError.missingField("body", "linkedin_urls");
        }
        List<String> urls = Params.bodyStrings(body, "linkedin_urls");
        List<String> peopleIds = Params.bodyStrings(body, "people_ids");
        if (urls.isEmpty()) {
            throw ApiError.missingField("body", "linkedin_urls");
        }
        if (urls.size() > MAX_URLS) {
            throw ApiError.detail(400, "At most " + MAX_URLS + " linkedin_urls per job");
        }
        if (!peopleIds.isEmpty() && peopleIds.size() != urls.size()) {
            throw ApiError.detail(400, "people_ids must have one entry per linkedin_url");
        }
        Boolean emailFlag = Params.bodyBoolean(body, "email_enrichment");
        Boolean phoneFlag = Params.bodyBoolean(body, "phone_enrichment");
        boolean email = emailFlag == null ? phoneFlag == null || !phoneFlag : emailFlag;
        boolean phone = Boolean.TRUE.equals(phoneFlag);
        long perSuccess = (email ? EnrichmentApi.EMAIL_CREDITS : 0) + (phone ? EnrichmentApi.PHONE_CREDITS : 0);
        account.charge(perSuccess * urls.stream().filter(BulkContactsJob::succeeds).count());
        BulkContactsJob job = state.jobs().startBulkContacts(account, urls, peopleIds, email, phone, state.now());
        ObjectNode answer = Json.object();
        answer.put("job_id", job.id());
        answer.put("status", "pending");
        answer.put("message", "Bulk contact enrichment job created for " + urls.size() + " profiles");
        return SandboxResponse.ok(answer);
    }

    public SandboxResponse status(SandboxRequest request) {
        Account account = state.authenticate(request);
        Instant now = state.now();
        BulkContactsJob job = state.jobs().bulkContacts(request.pathParam("jobId"), account, now);
        BulkContactsJob.Snapshot snapshot = job.snapshot(now);
        if ("error".equals(snapshot.status()) && job.owner() != null && job.settleOnce()) {
            // Clado charges per success: the URLs a failed job never reached are given back (on the first read that
            // sees the failure, as the sandbox works jobs out lazily)
            long perSuccess = (job.emailEnrichment() ? EnrichmentApi.EMAIL_CREDITS : 0)
                    + (job.phoneEnrichment() ? EnrichmentApi.PHONE_CREDITS : 0);
            job.owner().refund(perSuccess * job.linkedinUrls().subList(snapshot.processed(), job.linkedinUrls().size())
                    .stream().filter(BulkContactsJob::succeeds).count());
        }
        ObjectNode answer = Json.object();
        answer.put("job_id", job.id());
        answer.put("status", snapshot.status());
        answer.put("total_urls", job.linkedinUrls().size());
        answer.put("processed", snapshot.processed());
        int successful = 0;
        int failed = 0;
        int credits = 0;
        ArrayNode results = Json.array();
        for (int i = 0; i < snapshot.processed(); i++) {
            String url = job.linkedinUrls().get(i);
            ObjectNode row = results.addObject();
            row.put("linkedin_url", url);
            if (!job.peopleIds().isEmpty()) {
                row.put("people_id", job.peopleIds().get(i));
            }
            boolean success = BulkContactsJob.succeeds(url);
            row.put("success", success);
            if (success) {
                successful++;
                credits += (job.emailEnrichment() ? EnrichmentApi.EMAIL_CREDITS : 0)
                        + (job.phoneEnrichment() ? EnrichmentApi.PHONE_CREDITS : 0);
                row.set("data", EnrichmentApi.contactRecord(url, url, job.emailEnrichment(), job.phoneEnrichment()));
                row.putNull("error");
            } else {
                failed++;
                row.putNull("data");
                row.put("error", "No contact information found");
            }
        }
        answer.put("successful", successful);
        answer.put("failed", failed);
        answer.put("credits_used", credits);
        answer.set("results", results);
        answer.put("created_at", job.createdAt().toString());
        if (snapshot.completedAt() != null) {
            answer.put("completed_at", snapshot.completedAt().toString());
        } else {
            answer.putNull("completed_at");
        }
        if ("error".equals(snapshot.status())) {
            answer.put("error", "Sandbox job failed as scripted (" + job.failureCause() + ")");
        }
        return SandboxResponse.ok(answer);
    }
}
