package dev.camelclado.benchmarks.perf;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoMode;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;

/** The sandbox every end-to-end measurement runs against, and the Camel applications pointed at it. */
final class BenchSandbox {

    static final String API_KEY = "lk_benchmark_0123456789abcdef";
    /** Hardhat account #0: a well-known test key, paying the sandbox gateway in simulated pathUSD. */
    static final String PAYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** A completed deep research with 10 results: the answer of a typical status read. */
    static final String STATUS_JOB = "benchmark-status-job";
    static final int STATUS_JOB_RESULTS = 10;
    /** A completed deep research with 1,000 results, for the memory measurement. */
    static final String LARGE_JOB = "benchmark-large-job";
    static final int LARGE_JOB_RESULTS = 1_000;

    private BenchSandbox() {
    }

    /** Jobs complete at once, so every read of them answers the same bytes. */
    static CladoSandbox start(Duration latency) {
        return CladoSandbox.builder()
                .apiKey(API_KEY, Long.MAX_VALUE / 4)
                .payerOpeningBalance(Long.MAX_VALUE / 4)
                .latency(latency)
                .profilesPerQuery(LARGE_JOB_RESULTS)
                .timeline(JobTimeline.of(Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .seedDeepResearchJob(STATUS_JOB, "engineers at fintech startups in Berlin", STATUS_JOB_RESULTS)
                .seedDeepResearchJob(LARGE_JOB, "software engineers in Europe", LARGE_JOB_RESULTS)
                .start();
    }

    static String statusUrl(CladoSandbox sandbox, String jobId) {
        return sandbox.baseUrl() + "/api/search/deep_research/" + jobId;
    }

    /** A CamelContext whose clado component calls the sandbox directly with the benchmark's API key. */
    static CamelContext directApplication(CladoSandbox sandbox) {
        CamelContext context = new DefaultCamelContext();
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setMode(CladoMode.direct);
        configuration.setBaseUrl(sandbox.baseUrl());
        configuration.setApiKey(API_KEY);
        return context;
    }

    /** A CamelContext whose clado component pays the sandbox gateway per call from the benchmark wallet. */
    static CamelContext paidApplication(CladoSandbox sandbox) {
        CamelContext context = new DefaultCamelContext();
        CladoConfiguration configuration = context.getComponent("clado", CladoComponent.class).getConfiguration();
        configuration.setMode(CladoMode.mpp);
        configuration.setGatewayUrl(sandbox.gatewayUrl());
        configuration.setWalletPrivateKey(PAYER_KEY);
        configuration.setAllowedRecipients(CladoSandbox.DEFAULT_RECIPIENT);
        configuration.setMaxAmount(1_000_000);
        return context;
    }
}
