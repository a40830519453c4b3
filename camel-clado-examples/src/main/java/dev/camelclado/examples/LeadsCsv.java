package dev.camelclado.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Leads as CSV (RFC 4180, a header row, several emails or phones joined by "; "). */
public class LeadsCsv {

    static final String[] COLUMNS = { "name", "headline", "location", "linkedin_url", "decision_maker", "emails",
            "phones", "enrichment" };

    public String toCsv(List<Lead> leads) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (Lead lead : leads) {
                printer.printRecord(lead.getName(), lead.getHeadline(), lead.getLocation(), lead.getLinkedinUrl(),
                        lead.isDecisionMaker(), String.join("; ", lead.getEmails()), String.join("; ", lead.getPhones()),
                        lead.getEnrichment());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
