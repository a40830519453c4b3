package dev.camelclado.examples;

import org.apache.camel.support.builder.PredicateBuilder;

import dev.camelclado.component.CladoConstants;

/**
 * Controlling jobs from the consumer: one route starts a deep research, and the route consuming
 * {@code clado:deepResearch/status?emitProgress=true} (one exchange per status or progress change) cancels it with
 * {@code clado:deepResearch/cancel} as soon as an event shows that it has found enough results
 * ({@code CamelCladoTotalResults} at least {@code control.enough-results}) or, in mpp mode, that it has cost enough
 * ({@code CamelCladoJobCost}, its start plus its paid status reads, at least {@code control.max-job-cost} base
 * units). Then a second job is started, run to completion, and continued with
 * {@code clado:deepResearch/continue?additionalLimit=...}; the consumer follows the continued run (a producer's
 * continue watches the job again) through to {@code completed} again, and the example ends with the spend report.
 * Each decision is logged with its reason.
 * <p>
 * The consumer reads a job when a change is likely ({@code pollSchedule=adaptive}); {@code pollAgeRatio=0.25} makes
 * it read four times as often as by default, so that a threshold set below the job's limit is seen (and the job
 * cancelled) well before the job would complete on its own. Its scheduler checks every 100 ms which job is due,
 * which costs nothing.
 */
public class JobControlRoute extends ExampleRoutes {

    /** The consumer of the example's job events (the route adds its scheduler's delay). */
    public static final String EVENTS = "clado:deepResearch/status?emitProgress=true&pollAgeRatio=0.25";
    public static final String EVENTS_ROUTE = "job-control-events";

    private final JobControl control = new JobControl();

    /** What the routes decided and saw, per job. */
    public JobControl control() {
        return control;
    }

    @Override
    protected void routes() {
        creditBalanceRoute();

        from("timer:jobControl?repeatCount=1&delay=-1").routeId("job-control-start")
                .to(CREDIT_BALANCE)
                .setHeader(CladoConstants.QUERY, simple("{{control.query}}"))
                .to("clado:deepResearch/start?limit={{control.limit}}")
                .bean(control, "capped")
                .log("Job 1 ${header.CamelCladoJobId} started for up to {{control.limit}} results: it is cancelled once"
                        + " it has found {{control.enough-results}}, or (mpp mode) once it has cost {{control.max-job-cost}}"
                        + " base units");

        from(EVENTS + "&delay=100").routeId(EVENTS_ROUTE)
                .setProperty("cost", method(control, "costSoFar"))
                .choice()
                    .when(header(CladoConstants.JOB_TERMINAL).isNotEqualTo(true))
                        .log("  ${header.CamelCladoJobId} ${header.CamelCladoJobStatus}: ${header.CamelCladoTotalResults}"
                                + " results so far (search chunks ${header.CamelCladoSearchChunkDone} of"
                                + " ${header.CamelCladoSearchChunkTotal})${exchangeProperty.cost}")
                        .to("direct:controlRules")
                    .when(PredicateBuilder.and(method(control, "isCapped"),
                            header(CladoConstants.JOB_STATUS).in("cancelled", "completed")))
                        .setProperty("completedRuns", method(control, "ended"))
                        .log("Job 1 ${header.CamelCladoJobId} ended ${header.CamelCladoJobStatus} with"
                                + " ${header.CamelCladoTotalResults} results${exchangeProperty.cost}")
                        .to("direct:secondJob")
                    .when(header(CladoConstants.JOB_STATUS).isEqualTo("completed"))
                        .setProperty("completedRuns", method(control, "ended"))
                        .to("direct:continueOrFinish")
                    .otherwise()
                        .throwException(IllegalStateException.class,
                                "deep research ${header.CamelCladoJobId} ended ${header.CamelCladoJobStatus}")
                .end();

        // the rules, checked on every event of the first job until one fires (the second job is not under them)
        from("direct:controlRules").routeId("job-control-rules")
                .filter(method(control, "underRules"))
                .choice()
                    .when(simple("${header.CamelCladoTotalResults} >= {{control.enough-results}}"))
                        .setProperty("rule", constant(JobControl.ENOUGH_RESULTS))
                        .setProperty("reason", simple("it has found ${header.CamelCladoTotalResults} results, and"
                                + " {{control.enough-results}} are enough (control.enough-results)"))
                    .when(simple("${properties:camel.component.clado.mode:direct} == 'mpp'"
                            + " && ${header.CamelCladoJobCost} >= {{control.max-job-cost}}"))
                        .setProperty("rule", constant(JobControl.MAX_JOB_COST))
                        .setProperty("reason", simple("it has cost ${header.CamelCladoJobCost} base units (its start and"
                                + " ${header.CamelCladoJobPolls} status reads), the most it may cost is"
                                + " {{control.max-job-cost}} (control.max-job-cost)"))
                .end()
                .filter(exchangeProperty("rule").isNotNull())
                    .bean(control, "cancelling")
                    .log("Cancelling ${header.CamelCladoJobId} with ${header.CamelCladoTotalResults} results: ${exchangeProperty.reason}")
                    .to("clado:deepResearch/cancel")
                    .choice()
                        .when(header(CladoConstants.CANCELLED).isEqualTo(true))
                            .log("  cancelled; the consumer sees the job end next")
                        .otherwise()
                            .log("  too late: ${body.message}")
                    .end()
                .end();

        from("direct:secondJob").routeId("job-control-second")
                .setHeader(CladoConstants.QUERY, simple("{{control.second-query}}"))
                .to("clado:deepResearch/start?limit={{control.second-limit}}")
                .bean(control, "toContinue")
                .log("Job 2 ${header.CamelCladoJobId} started for {{control.second-limit}} results: no rule cancels it;"
                        + " once completed it is continued for {{control.more}} more");

        from("direct:continueOrFinish").routeId("job-control-continue")
                .choice()
                    .when(simple("${exchangeProperty.completedRuns} == 1"))
                        .log("Job 2 ${header.CamelCladoJobId} completed with ${header.CamelCladoTotalResults} results:"
                                + " continuing it for {{control.more}} more")
                        .to("clado:deepResearch/continue?additionalLimit={{control.more}}")
                        .log("  continue answered ${header.CamelCladoJobStatus}; the consumer follows the new run")
                    .otherwise()
                        .log("Job 2 ${header.CamelCladoJobId} completed again with ${header.CamelCladoTotalResults}"
                                + " results${exchangeProperty.cost}")
                        .bean(TopResults.class)
                        .to(CREDIT_BALANCE)
                        .bean(SpendReport.class)
                        .bean(ExampleOutcome.BEAN, "succeeded")
                .end();
    }
}
