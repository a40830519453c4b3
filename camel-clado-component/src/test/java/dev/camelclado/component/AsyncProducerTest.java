package dev.camelclado.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer hands the exchange back to the routing engine and continues it on the HTTP client's thread: the
 * thread that sent the message does not wait for Clado. A blocking producer would continue on the caller thread.
 */
class AsyncProducerTest extends CamelTestSupport {

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(
            CladoSandbox.builder().latency(Duration.ofMillis(100)));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:credits")
                        .process(e -> e.setProperty("sentBy", Thread.currentThread().getName()))
                        .to("clado:account/credits?baseUrl=" + SANDBOX.baseUrl() + "&apiKey=" + SANDBOX.apiKey())
                        .process(e -> e.setProperty("continuedBy", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void theExchangeContinuesOnTheHttpClientThread() {
        Exchange exchange = template.send("direct:credits", e -> {
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty("sentBy")).isEqualTo(Thread.currentThread().getName());
        assertThat(exchange.getProperty("continuedBy")).isNotEqualTo(exchange.getProperty("sentBy"));
    }

    @Test
    void manyRequestsAreInFlightFromOneCallingThread() throws Exception {
        long before = SANDBOX.sandbox().stats().requests("GET /api/credits");
        List<CompletableFuture<Exchange>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            replies.add(template.asyncSend("direct:credits", e -> {
            }));
        }
        CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        for (CompletableFuture<Exchange> reply : replies) {
            assertThat(reply.get().getException()).isNull();
        }
        assertThat(SANDBOX.sandbox().stats().requests("GET /api/credits") - before).isEqualTo(50);
    }
}
