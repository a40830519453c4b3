package dev.camelclado.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

import dev.camelclado.component.CladoConstants;

/**
 * Bulk contact enrichment of a CSV file: camel-file reads {@code bulk.input-file} (a column {@code linkedin_url})
 * from {@code bulk.input-dir}, commons-csv parses it, each batch of {@code bulk.batch-size} URLs is submitted with
 * {@code clado:bulkContacts/start} (the URLs in the {@code CamelCladoLinkedinUrls} header, the row numbers in
 * {@code CamelCladoPeopleIds}, which Clado echoes in the results), and ONE consumer of
 * {@code clado:bulkContacts/status} follows all the batches (it watches every job the application starts). An
 * aggregator, correlated by a constant, collects the last event of each batch; once as many have ended as were
 * submitted, the results are merged back into one CSV in the input's order ({@code bulk.output-dir}/contacts.csv:
 * linkedin_url, success, emails, phones, error), and the example ends with the spend report.
 * <p>
 * Input: unless a file of that name is already there, the shipped sample ({@code src/main/resources/bulk/
 * linkedin-urls.csv}, 25 URLs) is copied into the input directory first; by default that is
 * {@code camel-clado-examples/target/bulk/in} under {@code -Prun} ({@code target/bulk/in} of the working directory
 * otherwise). To enrich your own list, put a {@code linkedin-urls.csv} there or point {@code bulk.input-dir} at
 * its directory. The file is read and left where it is ({@code noop=true}).
 * <p>
 * A batch that ends in {@code error} still counts as ended: its URLs Clado did process keep their results, the
 * others say in the {@code error} column that their batch failed before reaching them. (In the sandbox a URL
 * containing {@code sandbox-error} makes its job fail half-way through; one containing {@code not-found} has no
 * contacts. The sample has one of each.)
 */
public class BulkContactsRoute extends ExampleRoutes {

    /** The shipped sample input, on the classpath. */
    public static final String SAMPLE = "bulk/linkedin-urls.csv";
    public static final String EVENTS = "clado:bulkContacts/status";
    public static final String EVENTS_ROUTE = "bulk-events";

    private final BulkBatches batches = new BulkBatches();

    /** The batches of the input and the job each became. */
    public BulkBatches batches() {
        return batches;
    }

    @Override
    protected void routes() {
        creditBalanceRoute();

        // the sample goes into the input directory unless a file of that name is there (written under a temporary
        // name, then renamed, so the file route never reads half of it)
        from("timer:bulkSample?repeatCount=1&delay=-1").routeId("bulk-sample")
                .setBody(exchange -> sample())
                .to("file:{{bulk.input-dir}}?fileName={{bulk.input-file}}&fileExist=Ignore&tempPrefix=.copying-")
                .log("Reading {{bulk.input-file}} in {{bulk.input-dir}} (the shipped sample unless you put your own there)");

        from("file:{{bulk.input-dir}}?fileName={{bulk.input-file}}&noop=true&initialDelay=0&delay=200").routeId("bulk-input")
                .convertBodyTo(String.class)
                .setProperty("csv", body())
                .to(CREDIT_BALANCE)
                .setBody(exchangeProperty("csv"))
                .bean(batches, "plan(${body}, {{bulk.batch-size}})")
                .log("${header.CamelFileName}: ${body.size} batches of at most {{bulk.batch-size}} URLs")
                .split(body())
                    .setProperty("batch", body())
                    .setHeader(CladoConstants.LINKEDIN_URLS, simple("${body.urls}"))
                    .setHeader(CladoConstants.PEOPLE_IDS, simple("${body.rowIds}"))
                    .to("clado:bulkContacts/start")
                    .bean(batches, "submitted")
                    .log("Submitted ${exchangeProperty.batch} as job ${header.CamelCladoJobId}")
                .end();

        // one consumer for every batch: one exchange per status change of each job
        from(EVENTS).routeId(EVENTS_ROUTE)
                .setProperty("batch", method(batches, "batchOf"))
                .choice()
                    .when(header(CladoConstants.JOB_TERMINAL).isNotEqualTo(true))
                        .log("  ${exchangeProperty.batch}: ${header.CamelCladoJobStatus},"
                                + " ${header.CamelCladoProcessed} of ${header.CamelCladoTotalUrls} URLs processed")
                    .when(header(CladoConstants.JOB_STATUS).isEqualTo("completed"))
                        .log("  ${exchangeProperty.batch}: completed, ${body.successful} with contacts,"
                                + " ${body.failed} without")
                    .otherwise()
                        .log("  ${exchangeProperty.batch}: ended ${header.CamelCladoJobStatus} after"
                                + " ${header.CamelCladoProcessed} of ${header.CamelCladoTotalUrls} URLs (${body.error?.asText()});"
                                + " the CSV marks the URLs it did not reach")
                .end()
                .filter(header(CladoConstants.JOB_TERMINAL))
                    .to("direct:bulkEnded");

        // every ended batch, whatever its status, until all the submitted ones have ended
        from("direct:bulkEnded").routeId("bulk-merge")
                .aggregate(constant(true), new GroupedBodyAggregationStrategy())
                    .completionSize(method(batches, "expected"))
                    .log("All ${body.size} batches have ended: merging their results in the input's order")
                    .bean(batches, "merge")
                    .setProperty("rows", body())
                    .setProperty("summary", method(ContactsCsv.class, "summary"))
                    .bean(ContactsCsv.class, "toCsv")
                    .to("file:{{bulk.output-dir}}?fileName=contacts.csv")
                    .log("Wrote ${exchangeProperty.rows.size} rows to {{bulk.output-dir}}/contacts.csv:"
                            + " ${exchangeProperty.summary}")
                    .to(CREDIT_BALANCE)
                    .bean(SpendReport.class)
                    .bean(ExampleOutcome.BEAN, "succeeded")
                .end();
    }

    /** The shipped sample input. */
    static String sample() {
        try (InputStream in = BulkContactsRoute.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
