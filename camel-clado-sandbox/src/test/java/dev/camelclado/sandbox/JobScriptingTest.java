package dev.camelclado.sandbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelclado.mpp.MppRequest;
import dev.camelclado.mpp.MppResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a benchmark of a polling consumer scripts and reads: timelines per job with progress curves and failures,
 * flapping routes, status polls per job, and the exact instants each job changed status.
 */
class JobScriptingTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    /** Deep research: pending 0-10 s, searching 10-110 s, processing 110-210 s. Bulk: processing 10-110 s. */
    private static final JobTimeline TIMELINE = JobTimeline.of(Duration.ofSeconds(10), Duration.ofSeconds(100),
            Duration.ofSeconds(100));
    private static final String DEEP_RESEARCH_STATUS = "GET /api/search/deep_research/{jobId}";

    private final SandboxClock.ManualClock clock = SandboxClock.manual(T0);

    private CladoSandbox.Builder builder() {
        return CladoSandbox.builder().clock(clock).timeline(TIMELINE);
    }

    private void at(long seconds) {
        clock.advance(Duration.between(clock.now(), T0.plusSeconds(seconds)));
    }

    private static StatusChange change(String status, long seconds) {
        return new StatusChange(status, T0.plusSeconds(seconds));
    }

    private static String startDeepResearch(SandboxHttp http, String query, int limit) {
        return http.post("/api/search/deep_research", "{\"query\":\"" + query + "\",\"limit\":" + limit + "}").json()
                .path("job_id").asText();
    }

    private static String startBulk(SandboxHttp http, String... names) {
        String urls = java.util.Arrays.stream(names).map(n -> "\"https://www.linkedin.com/in/" + n + "\"")
                .collect(Collectors.joining(","));
        return http.post("/api/enrich/bulk-contacts", "{\"linkedin_urls\":[" + urls + "]}").json().path("job_id").asText();
    }

    private static String[] people(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "person-" + i).toArray(String[]::new);
    }

    private static JsonNode research(SandboxHttp http, String id) {
        return http.get("/api/search/deep_research/" + id + "?legacy=false").json();
    }

    private static JsonNode bulk(SandboxHttp http, String id) {
        return http.get("/api/enrich/bulk-contacts/" + id).json();
    }

    private static JsonNode paid(CladoSandbox sandbox, String route, String json) throws Exception {
        MppResponse response = GatewayTest.await(GatewayTest.client(GatewayTest.PAYER_KEY).send(MppRequest.postJson(
                URI.create(sandbox.gatewayUrl() + "/clado/" + route), json.getBytes(StandardCharsets.UTF_8), route, null)));
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void curvesAreClampedShapesOfTheElapsedFraction() {
        assertThat(ProgressCurve.LINEAR.apply(0.3)).isEqualTo(0.3);
        assertThat(ProgressCurve.EASE_IN.apply(0.5)).isEqualTo(0.25);
        assertThat(ProgressCurve.EASE_OUT.apply(0.5)).isEqualTo(0.75);
        assertThat(ProgressCurve.STEPS.apply(0.49)).isEqualTo(0.25);
        assertThat(ProgressCurve.STEPS.apply(0.5)).isEqualTo(0.5);
        for (ProgressCurve curve : ProgressCurve.values()) {
            assertThat(curve.apply(-1)).isZero();
            assertThat(curve.apply(0)).isZero();
            assertThat(curve.apply(1)).isEqualTo(1.0);
            assertThat(curve.apply(7)).isEqualTo(1.0);
        }
        assertThatThrownBy(() -> ProgressCurve.LINEAR.apply(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelinesKeepTheirFourArgumentFormAndGainWithers() {
        JobTimeline four = new JobTimeline(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4));
        assertThat(four.curve()).isEqualTo(ProgressCurve.LINEAR);
        assertThat(four.failAfter()).isNull();
        assertThat(JobTimeline.DEFAULT.curve()).isEqualTo(ProgressCurve.LINEAR);
        JobTimeline scripted = TIMELINE.withCurve(ProgressCurve.STEPS).failingAfter(Duration.ofSeconds(9))
                .withProcessingPerItem(Duration.ofSeconds(1));
        assertThat(scripted).isEqualTo(new JobTimeline(Duration.ofSeconds(10), Duration.ofSeconds(100),
                Duration.ofSeconds(100), Duration.ofSeconds(1), ProgressCurve.STEPS, Duration.ofSeconds(9)));
        assertThat(TIMELINE.processingPerItem()).isZero();
        assertThat(TIMELINE.bulkProcessing(5000)).isEqualTo(Duration.ofSeconds(100));
        assertThatThrownBy(() -> TIMELINE.failingAfter(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TIMELINE.withCurve(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({ "LINEAR, 5, 20, 3", "EASE_IN, 2, 10, 1", "EASE_OUT, 7, 30, 5", "STEPS, 5, 20, 2" })
    void progressFiguresFollowTheCurve(ProgressCurve curve, int chunksHalfWay, int resultsHalfWay, int processedAt45) {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE.withCurve(curve)).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String research = startDeepResearch(http, "curves", 40);
            String bulk = startBulk(http, people(8));
            at(55);
            assertThat(bulk(http, bulk).path("processed").asInt()).isEqualTo(processedAt45);
            at(60);
            JsonNode searching = research(http, research);
            assertThat(searching.path("status").asText()).isEqualTo("searching");
            assertThat(searching.path("search_chunk_done").asInt()).isEqualTo(chunksHalfWay);
            at(160);
            JsonNode processing = research(http, research);
            assertThat(processing.path("status").asText()).isEqualTo("processing");
            assertThat(processing.path("final_results_count").asInt()).isEqualTo(resultsHalfWay);
            at(210);
            assertThat(research(http, research).path("final_results_count").asInt()).isEqualTo(40);
        }
    }

    @Test
    void aContinueRunGrowsFromWhatWasSettledAlongTheCurve() {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE.withCurve(ProgressCurve.EASE_IN)).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String id = startDeepResearch(http, "more", 10);
            at(210);
            assertThat(http.post("/api/search/deep_research/" + id + "/continue", "{\"additional_limit\":20}").status())
                    .isEqualTo(200);
            at(210 + 160);
            // settled 10 + floor(20 x 0.5²)
            assertThat(research(http, id).path("final_results_count").asInt()).isEqualTo(15);
            at(210 + 210);
            assertThat(research(http, id).path("final_results_count").asInt()).isEqualTo(30);
        }
    }

    @Test
    void failAfterEndsADeepResearchRunInErrorWhereItWas() {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE.failingAfter(Duration.ofSeconds(150))).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String id = startDeepResearch(http, "doomed", 40);
            at(149);
            JsonNode before = research(http, id);
            assertThat(before.path("status").asText()).isEqualTo("processing");
            assertThat(before.path("final_results_count").asInt()).isEqualTo(15);
            at(150);
            JsonNode failed = research(http, id);
            assertThat(failed.path("status").asText()).isEqualTo("error");
            assertThat(failed.path("final_results_count").asInt()).isEqualTo(16);
            assertThat(failed.path("error").asText()).contains("failAfter");
            at(1000);
            assertThat(research(http, id).path("final_results_count").asInt()).isEqualTo(16);
            assertThat(http.post("/api/search/deep_research/" + id + "/cancel", null).status()).isEqualTo(409);
            assertThat(sandbox.statusChanges(id)).containsExactly(change("pending", 0), change("searching", 10),
                    change("processing", 110), change("error", 150));
        }
    }

    @Test
    void failAfterAtOrPastTheEndChangesNothing() {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE.failingAfter(Duration.ofSeconds(210))).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String research = startDeepResearch(http, "lucky", 5);
            String bulk = startBulk(http, people(2));
            at(210);
            assertThat(research(http, research).path("status").asText()).isEqualTo("completed");
            assertThat(bulk(http, bulk).path("status").asText()).isEqualTo("completed");
            assertThat(sandbox.statusChanges(research)).last().isEqualTo(change("completed", 210));
            assertThat(sandbox.statusChanges(bulk)).last().isEqualTo(change("completed", 110));
        }
    }

    @Test
    void failAfterEndsABulkJobInErrorWithWhatItHadProcessed() {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE.failingAfter(Duration.ofSeconds(60))).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String id = startBulk(http, people(4));
            at(59);
            JsonNode before = bulk(http, id);
            assertThat(before.path("status").asText()).isEqualTo("processing");
            assertThat(before.path("processed").asInt()).isEqualTo(1);
            at(60);
            JsonNode failed = bulk(http, id);
            assertThat(failed.path("status").asText()).isEqualTo("error");
            assertThat(failed.path("processed").asInt()).isEqualTo(2);
            assertThat(failed.path("completed_at").asText()).isEqualTo(T0.plusSeconds(60).toString());
            assertThat(failed.path("error").asText()).contains("failAfter");
            assertThat(sandbox.statusChanges(id)).containsExactly(change("pending", 0), change("processing", 10),
                    change("error", 60));
        }
    }

    @Test
    void scriptedErrorsStayAndTheEarlierFailureWins() {
        try (CladoSandbox sandbox = builder().timelines(spec -> spec.sequence() == 2
                ? TIMELINE.failingAfter(Duration.ofSeconds(50)) : TIMELINE.withCurve(ProgressCurve.EASE_OUT)).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String atProcessing = startDeepResearch(http, "#error at processing", 10);
            String early = startDeepResearch(http, "#error but sooner", 10);
            String bulk = startBulk(http, "a", "sandbox-error", "c", "d");
            at(500);
            JsonNode scripted = research(http, atProcessing);
            assertThat(scripted.path("status").asText()).isEqualTo("error");
            assertThat(scripted.path("search_chunk_done").asInt()).isEqualTo(10);
            assertThat(scripted.path("final_results_count").asInt()).isZero();
            assertThat(scripted.path("error").asText()).contains("#error");
            assertThat(sandbox.statusChanges(atProcessing)).containsExactly(change("pending", 0),
                    change("searching", 10), change("error", 110));
            JsonNode sooner = research(http, early);
            assertThat(sooner.path("search_chunk_done").asInt()).isEqualTo(4);
            assertThat(sooner.path("error").asText()).contains("failAfter");
            assertThat(sandbox.statusChanges(early)).last().isEqualTo(change("error", 50));
            // half-way through processing, with floor(4 x (1 - 0.5²)) URLs done
            JsonNode failedBulk = bulk(http, bulk);
            assertThat(failedBulk.path("processed").asInt()).isEqualTo(3);
            assertThat(failedBulk.path("error").asText()).contains("sandbox-error");
            assertThat(sandbox.statusChanges(bulk)).containsExactly(change("pending", 0), change("processing", 10),
                    change("error", 60));
        }
    }

    @Test
    void aFailedBulkJobGivesBackTheCreditsOfTheUrlsItNeverReachedOnce() {
        try (CladoSandbox sandbox = builder().timeline(TIMELINE).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            long before = sandbox.credits(sandbox.apiKey());
            String bulk = startBulk(http, "a", "sandbox-error", "c", "d");
            // charged at the start for the four URLs it would find contacts for
            assertThat(before - sandbox.credits(sandbox.apiKey())).isEqualTo(16);
            at(500);
            JsonNode failed = bulk(http, bulk);
            assertThat(failed.path("status").asText()).isEqualTo("error");
            int processed = failed.path("processed").asInt();
            assertThat(processed).isBetween(1, 3);
            // the URLs it never reached give their 4 credits back, once however often the job is read
            bulk(http, bulk);
            assertThat(before - sandbox.credits(sandbox.apiKey())).isEqualTo(4L * processed)
                    .isEqualTo(failed.path("credits_used").asLong());
        }
    }

    @Test
    void aPolicyChoosesEachJobsTimelineDirectOrThroughTheGateway() throws Exception {
        List<JobSpec> specs = new CopyOnWriteArrayList<>();
        JobTimeline quick = JobTimeline.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        CladoSandbox.Builder builder = builder().seedDeepResearchJob("seeded", "seeded query", 3).timelines(spec -> {
            specs.add(spec);
            if (spec.sequence() == 2) {
                return quick;
            }
            return spec.sequence() == 3 ? TIMELINE.failingAfter(Duration.ofSeconds(20)) : null;
        });
        try (CladoSandbox sandbox = builder.start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String direct = http.post("/api/search/deep_research", "{\"query\":\"direct query\"}").json()
                    .path("job_id").asText();
            String failing = startBulk(http, people(3));
            String viaGateway = paid(sandbox, "deep-research", "{\"query\":\"gateway query\",\"limit\":4}")
                    .path("job_id").asText();
            String bulkViaGateway = paid(sandbox, "bulk-contacts",
                    "{\"linkedin_urls\":[\"https://www.linkedin.com/in/a\",\"https://www.linkedin.com/in/b\"]}")
                    .path("job_id").asText();
            assertThat(specs).containsExactly(new JobSpec(JobSpec.DEEP_RESEARCH, "seeded query", 3, 1),
                    new JobSpec(JobSpec.DEEP_RESEARCH, "direct query", 30, 2),
                    new JobSpec(JobSpec.BULK_CONTACTS, null, 3, 3),
                    new JobSpec(JobSpec.DEEP_RESEARCH, "gateway query", 4, 4),
                    new JobSpec(JobSpec.BULK_CONTACTS, null, 2, 5));

            at(100);
            assertThat(http.post("/api/search/deep_research/" + direct + "/continue", "{\"additional_limit\":5}")
                    .status()).isEqualTo(200);
            at(200);
            assertThat(specs).as("a continue keeps the job's timeline").hasSize(5);
            assertThat(sandbox.statusChanges(direct)).containsExactly(change("pending", 0), change("searching", 1),
                    change("processing", 3), change("completed", 6), change("pending", 100), change("searching", 101),
                    change("processing", 103), change("completed", 106));
            assertThat(sandbox.statusChanges(failing)).last().isEqualTo(change("error", 20));
            assertThat(sandbox.statusChanges(viaGateway)).last().isEqualTo(change("processing", 110));
            assertThat(sandbox.statusChanges(bulkViaGateway)).last().isEqualTo(change("completed", 110));
            assertThat(sandbox.statusChanges("seeded")).last().isEqualTo(change("processing", 110));
        }
    }

    @Test
    void failEveryFlapsEveryNthRequestUntilCleared() {
        try (CladoSandbox sandbox = builder().start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            sandbox.faults().failEvery("GET /api/credits", 503, "flapping", 3);
            List<Integer> statuses = IntStream.range(0, 9).mapToObj(i -> http.get("/api/credits").status()).toList();
            assertThat(statuses).containsExactly(200, 200, 503, 200, 200, 503, 200, 200, 503);
            assertThat(http.get("/api/credits").status()).isEqualTo(200);
            assertThat(http.get("/api/credits").status()).isEqualTo(200);
            SandboxHttp.Answer twelfth = http.get("/api/credits");
            assertThat(twelfth.status()).isEqualTo(503);
            assertThat(twelfth.json().path("detail").asText()).isEqualTo("flapping");
            assertThat(http.get("/api/search?query=x&limit=1").status()).as("other routes are served").isEqualTo(200);

            sandbox.faults().clear();
            assertThat(IntStream.range(0, 6).map(i -> http.get("/api/credits").status())).containsOnly(200);

            sandbox.faults().failNext("GET /api/credits", 429, "slow down", 2);
            assertThat(IntStream.range(0, 4).mapToObj(i -> http.get("/api/credits").status()).toList())
                    .containsExactly(429, 429, 200, 200);
            sandbox.faults().failEvery("GET /api/credits", 503, "every time", 1);
            assertThat(IntStream.range(0, 3).map(i -> http.get("/api/credits").status())).containsOnly(503);
            assertThatThrownBy(() -> sandbox.faults().failEvery("GET /api/credits", 503, "never", 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void statusPollsCountServedStatusReadsOfOneJobAndAttemptsCountThemAll() throws Exception {
        try (CladoSandbox sandbox = builder().apiKey("lk_a", 10_000).apiKey("lk_b", 10_000).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), "lk_a");
            String a = startDeepResearch(http, "job a", 5);
            String b = startDeepResearch(http, "job b", 5);
            String c = startBulk(http, people(2));
            for (int i = 0; i < 3; i++) {
                research(http, a);
            }
            research(http, b);
            bulk(http, c);
            bulk(http, c);
            assertThat(new SandboxHttp(sandbox.baseUrl(), "lk_b").get("/api/search/deep_research/" + a).status())
                    .isEqualTo(403);
            sandbox.faults().failNext(DEEP_RESEARCH_STATUS, 503, "down", 1);
            assertThat(http.get("/api/search/deep_research/" + a).status()).isEqualTo(503);
            assertThat(http.post("/api/search/deep_research/" + a + "/cancel", null).status()).isEqualTo(200);
            assertThat(http.get("/api/search/deep_research/no-such-job").status()).isEqualTo(404);

            assertThat(sandbox.stats().statusPolls(a)).isEqualTo(3);
            assertThat(sandbox.stats().statusPollAttempts(a)).isEqualTo(5);
            assertThat(sandbox.stats().requestsForJob(a)).as("the cancel names the job too").isEqualTo(6);
            assertThat(sandbox.stats().statusPolls(b)).isEqualTo(1);
            assertThat(sandbox.stats().statusPollAttempts(b)).isEqualTo(1);
            assertThat(sandbox.stats().statusPolls(c)).isEqualTo(2);
            assertThat(sandbox.stats().statusPollAttempts(c)).isEqualTo(2);
            assertThat(sandbox.stats().statusPolls("no-such-job")).isZero();
            assertThat(sandbox.stats().statusPollAttempts("no-such-job")).isEqualTo(1);

            String g = paid(sandbox, "deep-research", "{\"query\":\"gateway job\",\"limit\":2}").path("job_id").asText();
            assertThat(sandbox.stats().statusPollAttempts(g)).as("starting is not polling").isZero();
            assertThat(paid(sandbox, "deep-research-status", "{\"jobId\":\"" + g + "\"}").path("job_id").asText())
                    .isEqualTo(g);
            assertThat(sandbox.stats().statusPolls(g)).as("the paid read, not its 402").isEqualTo(1);
            assertThat(sandbox.stats().statusPollAttempts(g)).isEqualTo(2);
            SandboxHttp gateway = new SandboxHttp(sandbox.gatewayUrl(), null);
            assertThat(gateway.post("/clado/deep-research-status", "{\"jobId\":\"" + g + "\"}").status()).isEqualTo(402);
            sandbox.faults().failNext("POST /clado/{op}", 503, "gateway down", 1);
            assertThat(gateway.post("/clado/deep-research-status", "{\"jobId\":\"" + g + "\"}").status()).isEqualTo(503);
            assertThat(gateway.post("/clado/deep-research-cancel", "{\"jobId\":\"" + g + "\"}").status()).isEqualTo(402);
            assertThat(sandbox.stats().statusPolls(g)).isEqualTo(1);
            assertThat(sandbox.stats().statusPollAttempts(g)).isEqualTo(4);

            String gb = paid(sandbox, "bulk-contacts", "{\"linkedin_urls\":[\"https://www.linkedin.com/in/a\"]}")
                    .path("job_id").asText();
            assertThat(paid(sandbox, "bulk-contacts-status", "{\"jobId\":\"" + gb + "\"}").path("job_id").asText())
                    .isEqualTo(gb);
            assertThat(sandbox.stats().statusPolls(gb)).isEqualTo(1);
            assertThat(sandbox.stats().statusPollAttempts(gb)).isEqualTo(2);

            sandbox.stats().reset();
            assertThat(sandbox.stats().statusPolls(a)).isZero();
            assertThat(sandbox.stats().statusPollAttempts(a)).isZero();
            assertThat(sandbox.stats().statusPolls(g)).isZero();
            assertThat(sandbox.stats().statusPollAttempts(g)).isZero();
        }
    }

    @Test
    void statusChangesAreTheExactInstantsOfEachStatusUpToNow() {
        try (CladoSandbox sandbox = builder().start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String completed = startDeepResearch(http, "completes", 5);
            String failed = startDeepResearch(http, "#error fails", 5);
            String cancelled = startDeepResearch(http, "is cancelled", 5);
            String continued = startDeepResearch(http, "is continued", 5);
            String bulk = startBulk(http, people(2));
            at(5);
            assertThat(sandbox.statusChanges(completed)).containsExactly(change("pending", 0));
            at(50);
            assertThat(http.post("/api/search/deep_research/" + cancelled + "/cancel", null).status()).isEqualTo(200);
            at(250);
            assertThat(http.post("/api/search/deep_research/" + continued + "/continue", "{\"additional_limit\":5}")
                    .status()).isEqualTo(200);
            assertThat(sandbox.statusChanges(continued)).containsExactly(change("pending", 0), change("searching", 10),
                    change("processing", 110), change("completed", 210), change("pending", 250));
            at(600);

            assertThat(sandbox.statusChanges(completed)).containsExactly(change("pending", 0), change("searching", 10),
                    change("processing", 110), change("completed", 210));
            assertThat(sandbox.statusChanges(failed)).containsExactly(change("pending", 0), change("searching", 10),
                    change("error", 110));
            assertThat(sandbox.statusChanges(cancelled)).containsExactly(change("pending", 0), change("searching", 10),
                    change("cancelled", 50));
            assertThat(sandbox.statusChanges(continued)).containsExactly(change("pending", 0), change("searching", 10),
                    change("processing", 110), change("completed", 210), change("pending", 250),
                    change("searching", 260), change("processing", 360), change("completed", 460));
            assertThat(sandbox.statusChanges(bulk)).containsExactly(change("pending", 0), change("processing", 10),
                    change("completed", 110));
            assertThatThrownBy(() -> sandbox.statusChanges("no-such-job")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void statusChangesLeaveOutPhasesOfNoLength() {
        try (CladoSandbox sandbox = builder().timeline(JobTimeline.of(Duration.ZERO, Duration.ofSeconds(10),
                Duration.ZERO)).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String research = startDeepResearch(http, "instant", 5);
            String bulk = startBulk(http, people(2));
            assertThat(research(http, research).path("status").asText()).isEqualTo("searching");
            assertThat(bulk(http, bulk).path("status").asText()).isEqualTo("completed");
            at(10);
            assertThat(sandbox.statusChanges(research)).containsExactly(change("searching", 0), change("completed", 10));
            assertThat(sandbox.statusChanges(bulk)).containsExactly(change("completed", 0));
        }
    }

    @Test
    void statusChangesAgreeWithWhatEveryPollSees() {
        try (CladoSandbox sandbox = builder().timelines(spec -> JobSpec.BULK_CONTACTS.equals(spec.kind())
                ? TIMELINE.failingAfter(Duration.ofSeconds(75)).withCurve(ProgressCurve.STEPS) : null).start()) {
            SandboxHttp http = new SandboxHttp(sandbox.baseUrl(), sandbox.apiKey());
            String research = startDeepResearch(http, "sampled", 20);
            String bulk = startBulk(http, people(5));
            // each change instant and the second before it: deep research 10, 110, 210, continue 250, 260, 360,
            // cancel 400; bulk 10 and its failure at 75
            for (long second : new long[] { 0, 9, 10, 74, 75, 109, 110, 209, 210, 249, 250, 259, 260, 359, 360, 399,
                    400, 450 }) {
                at(second);
                if (second == 250) {
                    http.post("/api/search/deep_research/" + research + "/continue", "{\"additional_limit\":5}");
                }
                if (second == 400) {
                    http.post("/api/search/deep_research/" + research + "/cancel", null);
                }
                assertThat(research(http, research).path("status").asText()).as("deep research at " + second + " s")
                        .isEqualTo(last(sandbox.statusChanges(research)).status());
                assertThat(bulk(http, bulk).path("status").asText()).as("bulk at " + second + " s")
                        .isEqualTo(last(sandbox.statusChanges(bulk)).status());
            }
            assertThat(sandbox.statusChanges(research)).extracting(StatusChange::status).containsExactly("pending",
                    "searching", "processing", "completed", "pending", "searching", "processing", "cancelled");
            assertThat(sandbox.statusChanges(bulk)).extracting(StatusChange::status)
                    .containsExactly("pending", "processing", "error");
        }
    }

    private static StatusChange last(List<StatusChange> changes) {
        return changes.get(changes.size() - 1);
    }
}
