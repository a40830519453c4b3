package dev.camelclado.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelclado.component.CladoConstants;

/**
 * A Clado call the quote example prices before making it: the endpoint, the request headers, and what it costs at
 * most in Clado credits by Clado's documented prices (for direct mode, where the component has no quotes).
 */
public class PricedRequest {

    private final String name;
    private final String uri;
    private final Map<String, Object> headers;
    private final long credits;
    private final String creditBasis;

    public PricedRequest(String name, String uri, Map<String, Object> headers, long credits, String creditBasis) {
        this.name = name;
        this.uri = uri;
        this.headers = new LinkedHashMap<>(headers);
        this.credits = credits;
        this.creditBasis = creditBasis;
    }

    /** The example's requests, from the {@code quote.*} settings. */
    public static List<PricedRequest> fromSettings(Exchange exchange) {
        CamelContext context = exchange.getContext();
        int searchLimit = Integer.parseInt(context.resolvePropertyPlaceholders("{{quote.search-limit}}").trim());
        int researchLimit = Integer.parseInt(context.resolvePropertyPlaceholders("{{quote.research-limit}}").trim());
        String contactUrl = context.resolvePropertyPlaceholders("{{quote.contact-url}}").trim();
        // Clado's credit prices (docs/mpp-payments.adoc#prices): 1 credit per search or deep-research result (at most
        // the limit), 4 per email found (an email is asked for by default)
        return List.of(
                new PricedRequest("search people (limit " + searchLimit + ")", "clado:search/people?limit=" + searchLimit,
                        Map.of(CladoConstants.QUERY, context.resolvePropertyPlaceholders("{{quote.search-query}}")),
                        searchLimit, "1 per result, at most " + searchLimit),
                new PricedRequest("deep research (limit " + researchLimit + ")",
                        "clado:deepResearch/start?limit=" + researchLimit,
                        Map.of(CladoConstants.QUERY, context.resolvePropertyPlaceholders("{{quote.research-query}}")),
                        researchLimit, "1 per result, at most " + researchLimit),
                new PricedRequest("contacts of " + contactUrl, "clado:contacts/get",
                        Map.of(CladoConstants.LINKEDIN_URL, contactUrl), 4, "4 per email found"));
    }

    /** Sets the request's headers on a message (they survive the quote call, but are set again before paying). */
    public void applyTo(Message message) {
        headers.forEach(message::setHeader);
    }

    public String getName() {
        return name;
    }

    public String getUri() {
        return uri;
    }

    public long getCredits() {
        return credits;
    }

    public String getCreditBasis() {
        return creditBasis;
    }

    @Override
    public String toString() {
        return name;
    }
}
