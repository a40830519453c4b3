package dev.camelclado.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The bulk-contacts example's output: one row per input URL (RFC 4180, a header row, several values joined by "; "). */
public class ContactsCsv {

    static final String[] COLUMNS = { "linkedin_url", "success", "emails", "phones", "error" };

    public String toCsv(List<ContactRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (ContactRow row : rows) {
                printer.printRecord(row.linkedinUrl(), row.success(), String.join("; ", row.emails()),
                        String.join("; ", row.phones()), row.error());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** For the log, e.g. "22 of 25 with contacts, 3 without". */
    public String summary(List<ContactRow> rows) {
        long found = rows.stream().filter(ContactRow::success).count();
        return found + " of " + rows.size() + " with contacts, " + (rows.size() - found) + " without";
    }
}
