package dev.camelclado.component;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.SandboxClock;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

/**
 * Camel tests against a sandbox whose clock moves only when a test says so, so job statuses change exactly when a
 * test expects them to (no sleeps, no timing).
 */
public abstract class CladoTestSupport extends CamelTestSupport {

    protected static final SandboxClock.ManualClock CLOCK = SandboxClock.manual(Instant.parse("2026-11-01T09:00:00Z"));
    protected static final String API_KEY = "lk_test_0123456789abcdef";
    protected static final String OTHER_KEY = "lk_other_fedcba9876543210";
    protected static final String POOR_KEY = "lk_poor_00000000000000";

    @RegisterExtension
    protected static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder()
            .clock(CLOCK)
            .apiKey(API_KEY, 1_000_000)
            .apiKey(OTHER_KEY, 1_000_000)
            .apiKey(POOR_KEY, 3)
            .profilesPerQuery(120));

    /** {@code clado:<operation>?baseUrl=<sandbox>&apiKey=<test key>} plus the given options (which may set apiKey). */
    protected static String clado(String operation, String... options) {
        StringBuilder uri = new StringBuilder("clado:").append(operation).append("?baseUrl=").append(SANDBOX.baseUrl());
        if (java.util.Arrays.stream(options).noneMatch(option -> option.startsWith("apiKey="))) {
            uri.append("&apiKey=RAW(").append(API_KEY).append(")");
        }
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    protected static void advance(Duration duration) {
        CLOCK.advance(duration);
    }

    /** Enough sandbox time for any deep-research run with the default timeline to complete. */
    protected static void finishJobs() {
        advance(Duration.ofMinutes(5));
    }

    protected static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        org.assertj.core.api.Assertions.assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }
}
