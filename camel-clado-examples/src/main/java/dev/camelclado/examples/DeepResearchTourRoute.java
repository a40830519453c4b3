package dev.camelclado.examples;

import dev.camelclado.component.CladoConstants;

/**
 * A tour of the clado: component: search people, start a deep research on the same query, follow it until it
 * completes, continue it for more results, then start a second job and cancel it, and finish with the credit
 * balance (direct mode) or what the run paid (mpp mode). The job id travels in the {@code CamelCladoJobId} header from one call to the next.
 */
public class DeepResearchTourRoute extends ExampleRoutes {

    @Override
    protected void routes() {
        from("timer:tour?repeatCount=1&delay=-1").routeId("tour-trigger")
                .to("direct:tour");

        from("direct:tour").routeId("deep-research-tour")
                .setHeader(CladoConstants.QUERY, simple("{{example.query}}"))
                .to("clado:search/people?limit=5")
                .log("Search: ${header.CamelCladoResultCount} people, first ${body.results[0].profile.name}"
                        + " (${body.results[0].profile.headline})")
                .to("clado:deepResearch/start?limit={{example.limit}}")
                .log("Deep research ${header.CamelCladoJobId} started: ${header.CamelCladoJobStatus}")
                .to("direct:untilJobEnds")
                .setProperty("firstRunResults", header(CladoConstants.TOTAL_RESULTS))
                .to("clado:deepResearch/continue?additionalLimit={{example.more}}")
                .log("Continued for {{example.more}} more results: ${header.CamelCladoJobStatus}")
                .to("direct:untilJobEnds")
                .log("Deep research completed with ${header.CamelCladoTotalResults} results"
                        + " (${exchangeProperty.firstRunResults} before continue)")
                .bean(TopResults.class)
                .setProperty("researchJobId", header(CladoConstants.JOB_ID))
                .to("clado:deepResearch/start?limit=10")
                .to("clado:deepResearch/cancel")
                .log("Second job ${header.CamelCladoJobId} cancelled: ${header.CamelCladoCancelled}")
                // the next Clado call replaces the response headers, so keep what the cancel answered
                .setProperty("secondJobCancelled", header(CladoConstants.CANCELLED))
                .choice()
                    .when(simple("${properties:camel.component.clado.mode:direct} == 'mpp'"))
                        // no credits at the gateway: each call was paid, and the ledger says what it cost
                        .bean(SpendReport.class)
                    .otherwise()
                        // toD: the credits endpoint is made only when reached, so an mpp-mode run never creates it
                        .toD("clado:account/credits")
                        .log("Credits left: ${header.CamelCladoCredits}")
                .end()
                .bean(ExampleOutcome.BEAN, "succeeded");

        from("direct:untilJobEnds").routeId("until-job-ends")
                .loopDoWhile(header(CladoConstants.JOB_TERMINAL).isNotEqualTo(true))
                    // delay() opens a block in the Java DSL: close it so the next steps stay in the loop
                    .delay(simple("{{example.poll-delay}}")).end()
                    .to("clado:deepResearch/status")
                    .log("  ${header.CamelCladoJobStatus}: ${header.CamelCladoTotalResults} results so far")
                .end()
                .filter(header(CladoConstants.JOB_STATUS).isNotEqualTo("completed"))
                    .throwException(IllegalStateException.class, "job ${header.CamelCladoJobId} ended ${header.CamelCladoJobStatus}")
                .end();
    }
}
