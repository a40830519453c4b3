package dev.camelclado.component.service;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;

/**
 * The input headers the component wrote itself on an answer ({@code CamelCladoJobId}, {@code CamelCladoSearchId}), so
 * that the next call can tell them from headers a route set on purpose. Written values chain calls (start, then
 * status) but rank below an explicit endpoint option, and a written search id only pages (offset above 0): a new
 * search must not silently continue the previous one.
 */
final class OwnHeaders {

    /** Exchange property: header name to the value the component wrote. */
    static final String PROPERTY = "CamelCladoWrittenHeaders";

    private OwnHeaders() {
    }

    static void wrote(Exchange exchange, String header, Object value) {
        if (exchange == null || value == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> written = exchange.getProperty(PROPERTY, Map.class);
        if (written == null) {
            // exchange copies (split, parallel multicast) share the properties map's values
            written = new ConcurrentHashMap<>();
            exchange.setProperty(PROPERTY, written);
        }
        written.put(header, value);
    }

    /** Whether the header still holds the value the component wrote (and the route did not set it since). */
    static boolean isOwn(Exchange exchange, String header, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> written = exchange.getProperty(PROPERTY, Map.class);
        return written != null && written.containsKey(header) && Objects.equals(written.get(header), value);
    }
}
