package dev.camelclado.examples;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.BulkContactResult;
import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.Contact;

/**
 * The bulk-contacts example's batches: reads the input CSV, cuts it into batches, remembers which job each batch
 * became, tells the aggregator how many batches to wait for, and merges the results of the ended jobs back into one
 * row per input URL, in the input's order.
 * <p>
 * The number of batches is known, and set here, before the first batch is submitted: the consumer route that counts
 * ended batches runs on its own thread and shares no exchange with the route that submits them, so it asks this
 * bean (an exchange property would not reach it).
 */
public class BulkBatches {

    /** The input column with the URLs; without it, the first column. */
    public static final String URL_COLUMN = "linkedin_url";

    /** One batch: its 1-based number and the input rows it holds (the row numbers go to Clado as people ids). */
    public record Batch(int number, List<String> urls, List<String> rowIds) {

        @Override
        public String toString() {
            return "batch " + number + " (rows " + rowIds.get(0) + "-" + rowIds.get(rowIds.size() - 1) + ")";
        }
    }

    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final Map<String, Batch> byJob = new ConcurrentHashMap<>();
    private final Map<Integer, String> jobOfBatch = new ConcurrentHashMap<>();
    private volatile int expected;

    /** The LinkedIn URLs of a CSV (a header row, {@code #} comments), in order. */
    public static List<String> urls(String csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try {
            var parser = format.parse(new StringReader(csv));
            boolean named = parser.getHeaderMap() != null && parser.getHeaderMap().containsKey(URL_COLUMN);
            List<String> urls = new ArrayList<>();
            for (CSVRecord record : parser) {
                String url = named ? record.get(URL_COLUMN) : record.get(0);
                if (url != null && !url.isBlank()) {
                    urls.add(url.trim());
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the input into batches of at most {@code size} URLs; from now on the aggregator waits for that many. */
    public List<Batch> plan(@Body String csv, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("bulk.batch-size must be at least 1, was " + size);
        }
        List<String> urls = urls(csv);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("the input has no LinkedIn URLs (a column " + URL_COLUMN + ")");
        }
        List<Batch> planned = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += size) {
            int to = Math.min(urls.size(), from + size);
            List<String> rowIds = new ArrayList<>();
            for (int row = from + 1; row <= to; row++) {
                rowIds.add(Integer.toString(row));
            }
            planned.add(new Batch(planned.size() + 1, List.copyOf(urls.subList(from, to)), List.copyOf(rowIds)));
        }
        batches.clear();
        batches.addAll(planned);
        byJob.clear();
        jobOfBatch.clear();
        expected = planned.size();
        return planned;
    }

    /** Notes the job a batch was submitted as. */
    public void submitted(@ExchangeProperty("batch") Batch batch, @Header(CladoConstants.JOB_ID) String jobId) {
        byJob.put(jobId, batch);
        jobOfBatch.put(batch.number(), jobId);
    }

    /** How many batches the aggregator waits for: all the input's, known before the first one is submitted. */
    public int expected() {
        return expected;
    }

    /** The batch a job holds, for log lines. */
    public String batchOf(@Header(CladoConstants.JOB_ID) String jobId) {
        Batch batch = byJob.get(jobId);
        return batch == null ? "job " + jobId : batch + ", job " + jobId;
    }

    /** One row per input URL, in the input's order, from the ended jobs (in any order). */
    public List<ContactRow> merge(@Body List<BulkContactsStatus> ended) {
        Map<String, BulkContactsStatus> byJobId = ended.stream()
                .collect(Collectors.toMap(BulkContactsStatus::getJobId, Function.identity(), (a, b) -> b));
        List<ContactRow> rows = new ArrayList<>();
        for (Batch batch : batches) {
            String jobId = jobOfBatch.get(batch.number());
            BulkContactsStatus job = jobId == null ? null : byJobId.get(jobId);
            Map<String, BulkContactResult> results = new java.util.HashMap<>();
            if (job != null && job.getResults() != null) {
                for (BulkContactResult result : job.getResults()) {
                    // the row number went to Clado as the people id; the URL is the fallback
                    results.putIfAbsent(result.getPeopleId() != null ? result.getPeopleId() : result.getLinkedinUrl(), result);
                }
            }
            for (int i = 0; i < batch.urls().size(); i++) {
                String url = batch.urls().get(i);
                BulkContactResult result = results.get(batch.rowIds().get(i));
                if (result == null) {
                    result = results.get(url);
                }
                rows.add(result != null ? row(url, result) : unprocessed(url, batch, jobId, job));
            }
        }
        return rows;
    }

    private static ContactRow row(String url, BulkContactResult result) {
        List<Contact> contacts = result.getData() == null || result.getData().getContacts() == null ? List.of()
                : result.getData().getContacts();
        return new ContactRow(url, Boolean.TRUE.equals(result.getSuccess()), values(contacts, "email"),
                values(contacts, "phone"), text(result.getError()));
    }

    private static ContactRow unprocessed(String url, Batch batch, String jobId, BulkContactsStatus job) {
        String batchName = "batch " + batch.number() + (jobId == null ? "" : " (job " + jobId + ")");
        if (job == null) {
            return new ContactRow(url, false, List.of(), List.of(), "no result: " + batchName
                    + (jobId == null ? " was not submitted" : " did not end"));
        }
        String why = text(job.getError());
        return new ContactRow(url, false, List.of(), List.of(), "not processed: " + batchName + " ended "
                + job.getStatus() + " before reaching it" + (why.isEmpty() ? "" : " (" + why + ")"));
    }

    private static List<String> values(List<Contact> contacts, String type) {
        return contacts.stream().filter(c -> type.equalsIgnoreCase(c.getType())).map(Contact::getValue).toList();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** The batches of the last input, in order. */
    public List<Batch> batches() {
        return List.copyOf(batches);
    }

    /** The job a batch (1-based) was submitted as, or null. */
    public String jobOf(int batchNumber) {
        return jobOfBatch.get(batchNumber);
    }
}
