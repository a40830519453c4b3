package dev.camelclado.benchmarks.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * The three ways to read a deep-research job's status that the producer benchmarks compare: the clado component,
 * the camel-http route a user would write without it, and a bare {@code java.net.http} call. Each answers the same
 * sandbox URL with the same key and ends with the JSON parsed.
 */
abstract class StatusReads implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    abstract String name();

    /** One read, waiting for its answer. */
    abstract void read() throws Exception;

    /** One read, answered later; the future fails if the read did. */
    abstract CompletableFuture<Void> readAsync();

    @Override
    public void close() throws Exception {
    }

    static StatusReads clado(CladoSandbox sandbox, String jobId) throws Exception {
        CamelContext context = BenchSandbox.directApplication(sandbox);
        return new CamelRoute("clado component", context, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").to("clado:deepResearch/status?jobId=" + jobId);
            }
        }, DeepResearchStatus.class);
    }

    /**
     * camel-http's producer blocks its thread for the whole exchange, so handing it many requests at once needs a
     * thread pool: {@code threads()} with Camel's default profile (10 threads, up to 20, queue of 1,000).
     */
    static StatusReads camelHttp(CladoSandbox sandbox, String jobId, boolean threaded) throws Exception {
        CamelContext context = new org.apache.camel.impl.DefaultCamelContext();
        String url = BenchSandbox.statusUrl(sandbox, jobId);
        return new CamelRoute(threaded ? "camel-http route + threads()" : "camel-http route", context, new RouteBuilder() {
            @Override
            public void configure() {
                (threaded ? from("direct:status").threads() : from("direct:status"))
                        .setHeader("Authorization", constant("Bearer " + BenchSandbox.API_KEY))
                        .to(url)
                        .unmarshal().json();
            }
        }, Map.class);
    }

    /** {@code HttpClient.send}: the caller's thread does part of the exchange itself. */
    static StatusReads bare(CladoSandbox sandbox, String jobId) {
        return new Bare(URI.create(BenchSandbox.statusUrl(sandbox, jobId)), false);
    }

    /**
     * {@code HttpClient.sendAsync(...).join()}: what a non-blocking client such as the component's producer pays,
     * the exchange running on the client's executor and the answer handed back across threads.
     */
    static StatusReads bareAsync(CladoSandbox sandbox, String jobId) {
        return new Bare(URI.create(BenchSandbox.statusUrl(sandbox, jobId)), true);
    }

    private static final class CamelRoute extends StatusReads {
        private final String name;
        private final CamelContext context;
        private final ProducerTemplate template;
        private final Endpoint entry;
        private final AsyncProducer producer;
        private final Class<?> expected;

        CamelRoute(String name, CamelContext context, RouteBuilder routes, Class<?> expected) throws Exception {
            this.name = name;
            this.context = context;
            this.expected = expected;
            context.addRoutes(routes);
            context.start();
            this.template = context.createProducerTemplate();
            this.entry = context.getEndpoint("direct:status");
            this.producer = entry.createAsyncProducer();
            ServiceHelper.startService(producer);
        }

        @Override
        String name() {
            return name;
        }

        @Override
        void read() {
            check(template.requestBody(entry, (Object) null));
        }

        /** Through the direct endpoint's asynchronous producer: the caller's thread is free at once. */
        @Override
        CompletableFuture<Void> readAsync() {
            Exchange exchange = entry.createExchange();
            CompletableFuture<Void> done = new CompletableFuture<>();
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    done.completeExceptionally(exchange.getException());
                } else {
                    try {
                        check(exchange.getMessage().getBody());
                        done.complete(null);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                }
            });
            return done;
        }

        private void check(Object body) {
            if (!expected.isInstance(body)) {
                throw new IllegalStateException(name + " answered " + (body == null ? "null" : body.getClass()));
            }
        }

        @Override
        public void close() throws Exception {
            ServiceHelper.stopService(producer);
            template.close();
            context.close();
        }
    }

    private static final class Bare extends StatusReads {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final URI uri;
        private final boolean async;

        Bare(URI uri, boolean async) {
            this.uri = uri;
            this.async = async;
        }

        @Override
        String name() {
            return async ? "bare java.net.http, sendAsync" : "bare java.net.http, send";
        }

        private HttpRequest request() {
            return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + BenchSandbox.API_KEY)
                    .header("Accept", "application/json").GET().build();
        }

        @Override
        void read() throws Exception {
            if (async) {
                readAsync().join();
            } else {
                parse(client.send(request(), HttpResponse.BodyHandlers.ofByteArray()));
            }
        }

        @Override
        CompletableFuture<Void> readAsync() {
            return client.sendAsync(request(), HttpResponse.BodyHandlers.ofByteArray()).thenAccept(Bare::parse);
        }

        private static void parse(HttpResponse<byte[]> response) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sandbox answered " + response.statusCode());
            }
            try {
                MAPPER.readValue(response.body(), Map.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("unparsable answer", e);
            }
        }
    }
}
