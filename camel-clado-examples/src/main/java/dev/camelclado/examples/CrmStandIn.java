package dev.camelclado.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a CRM's webhook, on loopback: it keeps every JSON document POSTed to {@code /crm/leads} and
 * answers 201. The lead pipeline posts its summary here unless {@code leads.webhook-url} names a real one.
 */
public final class CrmStandIn implements AutoCloseable {

    public static final String PATH = "/crm/leads";

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private CrmStandIn(HttpServer server) {
        this.server = server;
    }

    public static CrmStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            CrmStandIn crm = new CrmStandIn(server);
            server.createContext(PATH, crm::handle);
            server.start();
            return crm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the CRM stand-in on loopback", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean json = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json");
            if (!"POST".equals(exchange.getRequestMethod()) || !json) {
                exchange.sendResponseHeaders(415, -1);
                return;
            }
            received.add(body);
            byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** The URL to POST leads to. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The JSON documents received, oldest first. */
    public List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
