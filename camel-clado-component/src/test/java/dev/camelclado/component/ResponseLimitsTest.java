package dev.camelclado.component;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.ledger.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An answer larger than maxResponseSize fails the call, typed and named, instead of filling the heap; so do headers
 * past the JDK client's bound ({@code jdk.http.maxHeaderSize}).
 */
class ResponseLimitsTest extends MppTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:direct").to("clado:search/people?maxResponseSize=2048&baseUrl=" + SANDBOX.baseUrl()
                        + "&apiKey=" + SANDBOX.apiKey());
                from("direct:mpp").to(mpp("search/people", "maxResponseSize=2048"));
                from("direct:roomy").to("clado:search/people?baseUrl=" + SANDBOX.baseUrl() + "&apiKey="
                        + SANDBOX.apiKey());
            }
        };
    }

    private Exchange search(String route) {
        return template.send(route, e -> e.getMessage().setHeader(CladoConstants.QUERY, "engineers in Berlin"));
    }

    @Test
    void aDirectAnswerPastTheLimitIsAConnectionErrorNamingTheOption() {
        CladoConnectionException error = failure(search("direct:direct"), CladoConnectionException.class);
        assertThat(error.getMessage()).contains("maxResponseSize").contains("2048");
        assertThat(search("direct:roomy").getException()).isNull();
    }

    @Test
    void aPaidAnswerPastTheLimitIsPaidOnceWithAnUnknownOutcome() {
        Exchange exchange = search("direct:mpp");
        assertThat(exchange.getException()).isInstanceOf(CladoPaymentUnknownException.class);
        assertThat(paidToGateway()).isEqualTo(1);
        assertThat(ledger.recordsSince(Instant.EPOCH)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(PaymentStatus.UNKNOWN));
    }

    @Test
    void aLimitBelowOneKibibyteIsRefusedAtStart() {
        assertThatThrownBy(() -> context.getEndpoint("clado:search/people?maxResponseSize=10&apiKey=k").start())
                .hasRootCauseInstanceOf(CladoConfigurationException.class).hasMessageContaining("maxResponseSize");
    }

    @Test
    void headersPastTheJdkBoundAreAConnectionError() throws Exception {
        com.sun.net.httpserver.HttpServer hostile = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        hostile.createContext("/", exchange -> {
            for (int i = 0; i < 1024; i++) {
                exchange.getResponseHeaders().add("X-Filler-" + i, "x".repeat(1000));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hostile.start();
        try {
            Exchange exchange = template.send("clado:search/people?apiKey=k&baseUrl=http://127.0.0.1:"
                    + hostile.getAddress().getPort(), e -> e.getMessage().setHeader(CladoConstants.QUERY, "q"));
            CladoConnectionException error = failure(exchange, CladoConnectionException.class);
            assertThat(error).hasRootCauseInstanceOf(java.net.ProtocolException.class);
            assertThat(error.getMessage()).contains("Header size too big");
        } finally {
            hostile.stop(0);
        }
    }
}
