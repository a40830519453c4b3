package dev.camelclado.examples;

import org.apache.camel.Exchange;
import org.apache.camel.Handler;

import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.PersonResult;

/** Prints the first few people of a finished deep research and leaves the message as it was. */
public class TopResults {

    static final int SHOWN = 5;

    @Handler
    public void print(Exchange exchange) {
        DeepResearchStatus status = exchange.getMessage().getBody(DeepResearchStatus.class);
        if (status == null || status.getResults() == null) {
            return;
        }
        StringBuilder out = new StringBuilder("Top results:");
        status.getResults().stream().limit(SHOWN).forEach(result -> out.append(System.lineSeparator()).append("  - ")
                .append(line(result)));
        System.out.println(out);
    }

    static String line(PersonResult result) {
        return result.getProfile().getName() + ", " + result.getProfile().getHeadline() + " - "
                + result.getProfile().getLinkedinUrl();
    }
}
