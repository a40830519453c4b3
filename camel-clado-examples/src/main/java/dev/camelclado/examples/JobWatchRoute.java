package dev.camelclado.examples;

import java.util.concurrent.atomic.AtomicInteger;

import dev.camelclado.component.CladoConstants;

/**
 * Reacting to deep-research jobs instead of polling them by hand: one route starts a few jobs, another receives one
 * event per status change of each, from {@code clado:deepResearch/status} without a job id (it watches every job
 * the application starts). When every job has ended the example says what watching cost and stops.
 */
public class JobWatchRoute extends ExampleRoutes {

    private final AtomicInteger ended = new AtomicInteger();

    @Override
    protected void routes() {
        from("timer:jobs?repeatCount=1&delay=-1").routeId("start-jobs")
                .split(simple("{{example.watch.queries}}"), ";")
                    .setHeader(CladoConstants.QUERY, body())
                    .to("clado:deepResearch/start?limit={{example.watch.limit}}")
                    .log("Started ${header.CamelCladoJobId}: ${header.CamelCladoQuery}")
                .end();

        from("clado:deepResearch/status").routeId("job-events")
                .log("${header.CamelCladoJobId} is ${header.CamelCladoJobStatus}"
                        + " (${header.CamelCladoTotalResults} results, ${header.CamelCladoJobPolls} status reads so far)")
                .filter(header(CladoConstants.JOB_TERMINAL))
                    .log("${header.CamelCladoJobId} ended ${header.CamelCladoJobStatus} with ${body.results.size} results;"
                            + " ${header.CamelCladoJobPolls} status reads costing ${header.CamelCladoJobPollCost} base units,"
                            + " ${header.CamelCladoJobCost} for the whole job")
                    .filter(exchange -> ended.incrementAndGet() == jobCount())
                        .bean(ExampleOutcome.BEAN, "succeeded");
    }

    private int jobCount() {
        return getContext().resolvePropertyPlaceholders("{{example.watch.queries}}").split(";").length;
    }
}
