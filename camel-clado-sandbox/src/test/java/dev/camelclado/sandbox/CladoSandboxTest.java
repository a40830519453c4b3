package dev.camelclado.sandbox;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CladoSandboxTest {

    private static final SandboxClock.ManualClock CLOCK = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder()
            .clock(CLOCK).apiKey("lk_a", 10_000).apiKey("lk_b", 10_000).apiKey("lk_poor", 2)
            .profilesPerQuery(50).rateLimit("scrape", 1).jobRetention(Duration.ofHours(1)));

    private static SandboxHttp as(String key) {
        return new SandboxHttp(SANDBOX.baseUrl(), key);
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertThat(SANDBOX.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(SANDBOX.sandbox().port()).isPositive();
        assertThat(SANDBOX.apiKey()).isEqualTo("lk_a");
    }

    @Test
    void apiCallsNeedAKnownBearerKey() {
        assertThat(as(null).get("/api/credits").status()).isEqualTo(401);
        SandboxHttp.Answer wrong = as("lk_nope").get("/api/credits");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("detail").asText()).isEqualTo("Unauthorized - API key missing or invalid");
    }

    @Test
    void theBearerKeyMustMatchExactly() {
        assertThat(as("lk_a").get("/api/credits").status()).isEqualTo(200);
        // a doubled space or a key with a prefix of another key is a different key
        assertThat(as(" lk_a").get("/api/credits").status()).isEqualTo(401);
        assertThat(as("lk_").get("/api/credits").status()).isEqualTo(401);
        assertThat(as("lk_aa").get("/api/credits").status()).isEqualTo(401);
        assertThat(as("LK_A").get("/api/credits").status()).isEqualTo(401);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertThat(as("lk_a").get("/api/nothing").status()).isEqualTo(404);
        assertThat(as("lk_a").post("/api/credits", "{}").status()).isEqualTo(405);
        assertThat(as("lk_a").get("/api/search/deep_research").status()).isEqualTo(405);
    }

    @Test
    void searchIsDeterministicPagedAndCharged() {
        long before = SANDBOX.sandbox().credits("lk_a");
        JsonNode first = as("lk_a").get("/api/search?query=rust%20developers&limit=20&legacy=false").json();
        JsonNode again = as("lk_a").get("/api/search?query=rust%20developers&limit=20&legacy=false").json();
        assertThat(first).isEqualTo(again);
        assertThat(first.path("results")).hasSize(20);
        assertThat(first.path("results").get(0).path("profile").has("connections_count")).isTrue();
        String searchId = first.path("search_id").asText();
        JsonNode last = as("lk_a").get("/api/search?search_id=" + searchId + "&offset=40&limit=20&legacy=false").json();
        assertThat(last.path("results")).hasSize(10);
        assertThat(last.path("results").get(0)).isNotEqualTo(first.path("results").get(0));
        assertThat(SANDBOX.sandbox().credits("lk_a")).isEqualTo(before - 50);
        as("lk_a").get("/api/search?query=x&advanced_filtering=false&legacy=false");
        assertThat(SANDBOX.sandbox().credits("lk_a")).isEqualTo(before - 55);
    }

    @Test
    void aSearchIdIsOnlyForTheSearchItCameFrom() {
        String searchId = as("lk_a").get("/api/search?query=go%20developers&limit=5&legacy=false").json()
                .path("search_id").asText();
        SandboxHttp.Answer same = as("lk_a").get("/api/search?search_id=" + searchId
                + "&query=go%20developers&offset=5&limit=5&legacy=false");
        assertThat(same.status()).isEqualTo(200);
        SandboxHttp.Answer other = as("lk_a").get("/api/search?search_id=" + searchId
                + "&query=java%20developers&offset=5&limit=5&legacy=false");
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().path("detail").asText()).contains("go developers").contains("java developers");
        assertThat(as("lk_a").get("/api/search?search_id=not-a-uuid&limit=5").status()).isEqualTo(422);
        assertThat(as("lk_a").get("/api/search?search_id=" + java.util.UUID.randomUUID() + "&limit=5").status())
                .isEqualTo(404);
    }

    @Test
    void searchAnswersLegacyShapeUnlessAskedNotTo() {
        JsonNode legacy = as("lk_a").get("/api/search?query=legacy&limit=1").json();
        assertThat(legacy.path("results").get(0).path("profile").has("linkedin_profile_url")).isTrue();
        assertThat(legacy.path("results").get(0).path("profile").has("linkedin_url")).isFalse();
    }

    @Test
    void searchErrors() {
        SandboxHttp.Answer missing = as("lk_a").get("/api/search?limit=3");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"query\",\"query\"]");
        assertThat(as("lk_a").get("/api/search?query=x&limit=101").status()).isEqualTo(400);
        assertThat(as("lk_a").get("/api/search?query=x&limit=ten").status()).isEqualTo(422);
        assertThat(as("lk_poor").get("/api/search?query=x&limit=30").status()).isEqualTo(402);
    }

    @Test
    void deepResearchRunsThroughItsStatusesOnTheClock() {
        String id = as("lk_a").post("/api/search/deep_research", "{\"query\":\"ml engineers\",\"limit\":10}")
                .json().path("job_id").asText();
        String path = "/api/search/deep_research/" + id + "?legacy=false";
        assertThat(as("lk_a").get(path).json().path("status").asText()).isEqualTo("pending");
        CLOCK.advance(Duration.ofSeconds(35));
        JsonNode searching = as("lk_a").get(path).json();
        assertThat(searching.path("status").asText()).isEqualTo("searching");
        assertThat(searching.path("search_chunk_done").asInt()).isEqualTo(5);
        assertThat(searching.path("search_chunk_total").asInt()).isEqualTo(10);
        CLOCK.advance(Duration.ofSeconds(60));
        JsonNode processing = as("lk_a").get(path).json();
        assertThat(processing.path("status").asText()).isEqualTo("processing");
        assertThat(processing.path("final_results_count").asInt()).isEqualTo(5);
        CLOCK.advance(Duration.ofSeconds(60));
        JsonNode completed = as("lk_a").get(path).json();
        assertThat(completed.path("status").asText()).isEqualTo("completed");
        assertThat(completed.path("results")).hasSize(10);
        assertThat(completed.has("pagination")).isFalse();
        assertThat(SANDBOX.sandbox().stats().requestsForJob(id)).isEqualTo(4);

        // another key may not read it; continue appends; a second continue while running is 409
        assertThat(as("lk_b").get(path).status()).isEqualTo(403);
        assertThat(as("lk_a").post("/api/search/deep_research/" + id + "/continue", "{\"additional_limit\":5}").status())
                .isEqualTo(200);
        assertThat(as("lk_a").post("/api/search/deep_research/" + id + "/continue", "{}").status()).isEqualTo(409);
        CLOCK.advance(Duration.ofMinutes(3));
        JsonNode more = as("lk_a").get(path + "&page=2&page_size=10").json();
        assertThat(more.path("final_results_count").asInt()).isEqualTo(15);
        assertThat(more.path("results")).hasSize(5);
        assertThat(more.path("pagination").path("has_next").asBoolean()).isFalse();
        JsonNode all = as("lk_a").get(path).json().path("results");
        assertThat(all).hasSize(15);
        for (int i = 0; i < 10; i++) {
            assertThat(all.get(i)).as("continue appends: result " + i + " unchanged").isEqualTo(completed.path("results").get(i));
        }
        for (int i = 0; i < 5; i++) {
            assertThat(more.path("results").get(i)).isEqualTo(all.get(10 + i));
        }
    }

    @Test
    void cancelFreezesARunningJobAndRefundsWhatItWillNotProduce() {
        long before = SANDBOX.sandbox().credits("lk_a");
        String id = as("lk_a").post("/api/search/deep_research", "{\"query\":\"to cancel\",\"limit\":20}")
                .json().path("job_id").asText();
        assertThat(SANDBOX.sandbox().credits("lk_a")).isEqualTo(before - 20);
        CLOCK.advance(Duration.ofSeconds(95));
        SandboxHttp.Answer cancel = as("lk_a").post("/api/search/deep_research/" + id + "/cancel", null);
        assertThat(cancel.json().path("success").asBoolean()).isTrue();
        CLOCK.advance(Duration.ofMinutes(5));
        JsonNode status = as("lk_a").get("/api/search/deep_research/" + id + "?legacy=false").json();
        assertThat(status.path("status").asText()).isEqualTo("cancelled");
        int kept = status.path("final_results_count").asInt();
        assertThat(kept).isEqualTo(10);
        assertThat(SANDBOX.sandbox().credits("lk_a")).isEqualTo(before - kept);
        assertThat(as("lk_a").post("/api/search/deep_research/" + id + "/cancel", null).status()).isEqualTo(409);
    }

    @Test
    void jobsExpire() {
        String id = as("lk_a").post("/api/search/deep_research", "{\"query\":\"old\"}").json().path("job_id").asText();
        CLOCK.advance(Duration.ofHours(2));
        assertThat(as("lk_a").get("/api/search/deep_research/" + id).status()).isEqualTo(404);
    }

    @Test
    void scrapeIsRateLimitedWithRetryAfter() {
        CLOCK.advance(Duration.ofMinutes(1));
        SandboxHttp.Answer first = as("lk_b").get("/api/enrich/scrape?linkedin_url=https://www.linkedin.com/in/x");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("X-RateLimit-Remaining")).contains("0");
        SandboxHttp.Answer second = as("lk_b").get("/api/enrich/scrape?linkedin_url=https://www.linkedin.com/in/x");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().path("error").asText()).isEqualTo("Rate limit exceeded");
        long retryAfter = second.json().path("retry_after").asLong();
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(second.raw().headers().firstValue("Retry-After")).contains(Long.toString(retryAfter));
        CLOCK.advance(Duration.ofSeconds(retryAfter));
        assertThat(as("lk_b").get("/api/enrich/scrape?linkedin_url=https://www.linkedin.com/in/x").status()).isEqualTo(200);
    }

    @Test
    void contactsNeedExactlyOneKey() {
        assertThat(as("lk_a").get("/api/enrich/contacts").status()).isEqualTo(400);
        assertThat(as("lk_a").get("/api/enrich/contacts?email=a@b&phone=1").status()).isEqualTo(400);
        JsonNode both = as("lk_a").get("/api/enrich/contacts?email=a@b").json();
        assertThat(both.path("data").get(0).path("contacts")).hasSize(2);
    }

    @Test
    void bulkJobsProgressAndComplete() {
        String id = as("lk_a").post("/api/enrich/bulk-contacts",
                "{\"linkedin_urls\":[\"https://www.linkedin.com/in/a\",\"https://www.linkedin.com/in/b\"]}")
                .json().path("job_id").asText();
        assertThat(as("lk_a").get("/api/enrich/bulk-contacts/" + id).json().path("status").asText()).isEqualTo("pending");
        CLOCK.advance(Duration.ofMinutes(2));
        JsonNode done = as("lk_a").get("/api/enrich/bulk-contacts/" + id).json();
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("processed").asInt()).isEqualTo(2);
        assertThat(done.path("credits_used").asInt()).isEqualTo(8);
        assertThat(as("lk_a").post("/api/enrich/bulk-contacts", "{\"linkedin_urls\":[]}").status()).isEqualTo(422);
    }

    @Test
    void theManualClockMovesOverHttpAndStatsAreServed() {
        Instant before = CLOCK.now();
        assertThat(as(null).post("/sandbox/clock/advance?seconds=1.5", null).status()).isEqualTo(200);
        assertThat(CLOCK.now()).isEqualTo(before.plusMillis(1500));
        JsonNode stats = as(null).get("/sandbox/stats").json();
        assertThat(stats.path("totalRequests").asLong()).isPositive();
        assertThat(stats.path("requestsPerRoute").has("POST /sandbox/clock/advance")).isTrue();
    }

    @Test
    void aSandboxWithLatencyStillAnswersEveryRequest() {
        try (CladoSandbox slow = CladoSandbox.builder().latency(Duration.ofMillis(50)).threads(1).start()) {
            SandboxHttp http = new SandboxHttp(slow.baseUrl(), slow.apiKey());
            assertThat(http.get("/api/credits").json().path("credits").asLong()).isEqualTo(CladoSandbox.DEFAULT_CREDITS);
            assertThat(as(null).post("/sandbox/clock/advance?seconds=1", null).status()).isEqualTo(200);
            assertThat(new SandboxHttp(slow.baseUrl(), null).post("/sandbox/clock/advance?seconds=1", null).status())
                    .as("the system clock cannot be moved").isEqualTo(409);
        }
    }
}
