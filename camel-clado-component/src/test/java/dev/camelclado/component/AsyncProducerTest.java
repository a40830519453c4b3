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

/**
 * The producer hands the exchange back to the routing engine and continues it on the HTTP client's thread: the
 * thread that sent the message does not wait for Clado. A blocking producer would continue on the caller thread.
 */
class AsyncProducerTest extends CamelTestSupport {

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension(
            CladoSandbox.builder().latency(Duration.ofMillis(300)));

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

    /**
     * Many calls in flight are continued by the component's fixed, Camel-managed pool, not by a thread per answer
     * (the JDK client's default cached pool started 178 for 1,000 calls in the concurrency benchmark).
     */
    @Test
    void callsInFlightContinueOnAFewManagedThreads() throws Exception {
        org.apache.camel.Endpoint entry = context.getEndpoint("direct:credits");
        org.apache.camel.AsyncProducer producer = entry.createAsyncProducer();
        producer.start();
        int calls = 200;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(calls);
        java.util.Set<Object> continuedBy = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.List<Exchange> exchanges = new java.util.ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Exchange exchange = entry.createExchange();
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> {
                continuedBy.add(exchange.getProperty("continuedBy"));
                done.countDown();
            });
        }
        assertThat(done.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        producer.stop();
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(continuedBy).allSatisfy(name -> assertThat(name.toString()).contains("CladoHttp"));
        assertThat(continuedBy.size()).isLessThanOrEqualTo(CladoComponent.HTTP_THREADS);
    }

    /**
     * A toD() that runs while the CamelContext is still starting gets a producer of an endpoint the context has not
     * started yet: the producer must still have somewhere to send.
     */
    @Test
    void aProducerOfAnEndpointNobodyStartedStillSends() throws Exception {
        CladoComponent component = context.getComponent("clado", CladoComponent.class);
        org.apache.camel.Endpoint endpoint = component.createEndpoint("clado:account/credits?baseUrl=" + SANDBOX.baseUrl()
                + "&apiKey=" + SANDBOX.apiKey());
        assertThat(((org.apache.camel.support.DefaultEndpoint) endpoint).isStarted()).isFalse();
        org.apache.camel.Producer producer = endpoint.createProducer();
        producer.start();
        try {
            Exchange exchange = endpoint.createExchange();
            producer.process(exchange);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody()).isInstanceOf(dev.camelclado.component.model.Credits.class);
        } finally {
            producer.stop();
            endpoint.stop();
        }
    }

    /**
     * One thread hands 30 exchanges to the producer without waiting: a blocking producer would return from
     * {@code process} only once each answer had come, keeping one request in flight; this one has them all out at once.
     */
    @Test
    void oneThreadKeepsManyRequestsInFlight() throws Exception {
        org.apache.camel.AsyncProducer producer = context.getEndpoint("clado:account/credits?baseUrl=" + SANDBOX.baseUrl()
                + "&apiKey=" + SANDBOX.apiKey()).createAsyncProducer();
        producer.start();
        SANDBOX.sandbox().stats().reset();
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(30);
        java.util.List<Exchange> exchanges = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Exchange exchange = org.apache.camel.support.DefaultExchange.newFromEndpoint(producer.getEndpoint());
            exchanges.add(exchange);
            boolean completedSynchronously = producer.process(exchange, done -> answered.countDown());
            assertThat(completedSynchronously).isFalse();
        }
        assertThat(answered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(SANDBOX.sandbox().stats().maxInFlight()).as("requests in flight at once").isGreaterThan(10);
        producer.stop();
    }
}
