package dev.camelclado.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import dev.camelclado.component.CladoConstants;

/** A search, then a deep research on the same query that the consumer follows to its end. */
@Component
public class ResearchRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class).bean("researchDone", "failed");

        from("timer:research?repeatCount=1&delay=-1").routeId("research")
                .setHeader(CladoConstants.QUERY, simple("{{example.query}}"))
                .to("clado:search/people?limit=5")
                .log("Search: ${header.CamelCladoResultCount} people, first ${body.results[0].profile.name}")
                .to("clado:deepResearch/start?limit={{example.limit}}")
                .log("Deep research ${header.CamelCladoJobId} started");

        from("clado:deepResearch/status").routeId("research-events")
                .log("${header.CamelCladoJobId} is ${header.CamelCladoJobStatus}"
                        + " (${header.CamelCladoTotalResults} results, ${header.CamelCladoJobPolls} status reads)")
                .filter(header(CladoConstants.JOB_TERMINAL))
                    .choice()
                        .when(header(CladoConstants.JOB_STATUS).isEqualTo("completed"))
                            .log("Done: ${body.results.size} people; first ${body.results[0].profile.name},"
                                    + " ${body.results[0].profile.headline}")
                            .bean("researchDone", "completed(${header.CamelCladoJobId})")
                        .otherwise()
                            .bean("researchDone", "failed");
    }
}
