package dev.camelclado.examples;

import org.apache.camel.Exchange;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.CladoPaymentRefusedException;

/**
 * The lead pipeline: sample a few candidate searches and pick the query with the most decision makers, start a deep
 * research on it, follow the job with the consumer (a line per status or progress change), enrich the contacts of
 * the top leads (in mpp mode each lookup is paid, and a lookup that would break the run's budget is skipped), write
 * the leads to a CSV file, POST a JSON summary to a CRM webhook with camel-http, and print what the run spent.
 * {@code src/main/resources/routes/lead-pipeline.camel.yaml} is the same pipeline in the YAML DSL.
 */
public class LeadPipelineRoute extends ExampleRoutes {

    @Override
    protected void routes() {
        creditBalanceRoute();

        from("timer:leads?repeatCount=1&delay=-1").routeId("lead-search")
                .to(CREDIT_BALANCE)
                .split(simple("{{leads.queries}}"), ";").aggregationStrategy(new GroupedBodyAggregationStrategy())
                    .setHeader(CladoConstants.QUERY, simple("${body.trim()}"))
                    .to("clado:search/people?limit={{leads.sample}}")
                    .bean(LeadScoring.class, "score")
                    .log("Sampled ${body}")
                .end()
                .bean(LeadScoring.class, "best")
                .log("Best query: ${body}")
                .setHeader(CladoConstants.QUERY, simple("${body.query}"))
                .to("clado:deepResearch/start?limit={{leads.research-limit}}")
                .log("Deep research ${header.CamelCladoJobId} started; the consumer follows it");

        // every job this application starts is watched: one exchange per status or progress change
        from("clado:deepResearch/status?emitProgress=true").routeId("lead-research")
                .choice()
                    .when(header(CladoConstants.JOB_TERMINAL).isNotEqualTo(true))
                        .log("  ${header.CamelCladoJobStatus}: ${header.CamelCladoTotalResults} people found so far"
                                + " (search chunks done: ${header.CamelCladoSearchChunkDone} of ${header.CamelCladoSearchChunkTotal})")
                    .when(header(CladoConstants.JOB_STATUS).isEqualTo("completed"))
                        .log("Research completed: ${body.results.size} people")
                        .to("direct:enrich")
                    .otherwise()
                        .throwException(IllegalStateException.class,
                                "deep research ${header.CamelCladoJobId} ended ${header.CamelCladoJobStatus}")
                .end();

        from("direct:enrich").routeId("lead-enrichment")
                .setProperty("jobId", header(CladoConstants.JOB_ID))
                .setProperty("researched", simple("${body.results.size}"))
                .bean(LeadScoring.class, "topLeads(${body}, {{leads.top}})")
                .split(body()).aggregationStrategy(new GroupedBodyAggregationStrategy())
                    .to("direct:enrichLead")
                .end()
                .setProperty("leads", body())
                .to("direct:deliver");

        from("direct:enrichLead").routeId("lead-contacts")
                .setProperty("lead", body())
                .setHeader(CladoConstants.LINKEDIN_URL, simple("${body.linkedinUrl}"))
                .doTry()
                    .to("clado:contacts/get?budgetAmount={{leads.budget}}")
                    .bean(LeadScoring.class, "enriched")
                    .log("  ${body.name}: ${body.emails.size} emails, ${body.phones.size} phones")
                // only this lookup is skipped when the budget would be exceeded; nothing was paid for it. (A handled
                // onException would end the whole exchange here, and the split with it.)
                .doCatch(CladoPaymentRefusedException.class).onWhen(simple("${exception.violation} == 'OVER_BUDGET'"))
                    .bean(LeadScoring.class, "overBudget")
                    .log("  ${body.name}: ${body.enrichment}")
                .end();

        from("direct:deliver").routeId("lead-delivery")
                .bean(LeadsCsv.class, "toCsv(${exchangeProperty.leads})")
                .to("file:{{leads.output-dir}}?fileName=leads.csv")
                .log("Wrote ${exchangeProperty.leads.size} leads to {{leads.output-dir}}/leads.csv")
                .bean(LeadSummary.class, "summarise(${exchangeProperty.leads}, ${exchangeProperty.researched},"
                        + " ${exchangeProperty.jobId})")
                .marshal().json()
                // only what the CRM needs goes out as HTTP headers
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to("{{leads.webhook-url}}")
                .log("Summary posted to the CRM webhook: HTTP ${header.CamelHttpResponseCode}")
                .to(CREDIT_BALANCE)
                .bean(SpendReport.class)
                .bean(ExampleOutcome.BEAN, "succeeded");
    }
}
