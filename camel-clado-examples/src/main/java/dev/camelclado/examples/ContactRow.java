package dev.camelclado.examples;

import java.util.List;

/** One input URL of the bulk-contacts example and what its batch found for it. */
public record ContactRow(String linkedinUrl, boolean success, List<String> emails, List<String> phones, String error) {
}
