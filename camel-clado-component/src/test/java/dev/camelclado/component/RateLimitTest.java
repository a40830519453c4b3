package dev.camelclado.component;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest extends CamelTestSupport {

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(CladoSandbox.builder().rateLimit("search", 2));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to("clado:search/people?query=rate&limit=1&baseUrl=" + SANDBOX.baseUrl()
                        + "&apiKey=" + SANDBOX.apiKey());
            }
        };
    }

    @Test
    void rateLimitInfoIsOnHeadersAnd429CarriesRetryAfter() {
        Exchange first = template.send("direct:search", e -> {
        });
        assertThat(first.getMessage().getHeaders())
                .containsEntry(CladoConstants.RATE_LIMIT_LIMIT, 2)
                .containsEntry(CladoConstants.RATE_LIMIT_REMAINING, 1)
                .containsKey(CladoConstants.RATE_LIMIT_RESET);
        template.send("direct:search", e -> {
        });
        Exchange third = template.send("direct:search", e -> {
        });
        assertThat(third.getException()).isInstanceOf(CladoRateLimitException.class);
        CladoRateLimitException error = (CladoRateLimitException) third.getException();
        assertThat(error.getStatusCode()).isEqualTo(429);
        assertThat(error.getApiMessage()).isEqualTo("Rate limit exceeded");
        assertThat(error.getRetryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(error.isRetryable()).isTrue();
    }
}
