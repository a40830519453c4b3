package dev.camelclado.benchmarks.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * One measurement of the report: what was measured and how, a table whose rows are the component and its
 * baselines, and what the figures say against the goal (met or missed, and why).
 */
public final class Section {

    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    public Section(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    /** How the figures were obtained, printed above the table. */
    public Section describe(String paragraph) {
        paragraphs.add(paragraph);
        return this;
    }

    public Section row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(title + ": " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** What the figures mean, printed below the table: the goal, met or missed, and the cause of a miss. */
    public Section finding(String finding) {
        findings.add(finding);
        return this;
    }

    public String title() {
        return title;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public String asciidoc() {
        StringBuilder doc = new StringBuilder("=== ").append(title).append("\n\n");
        paragraphs.forEach(p -> doc.append(p).append("\n\n"));
        if (!columns.isEmpty()) {
            doc.append("[options=\"header\"]\n|===\n|");
            doc.append(String.join(" |", columns)).append('\n');
            for (List<String> row : rows) {
                doc.append('|').append(String.join(" |", row)).append('\n');
            }
            doc.append("|===\n\n");
        }
        findings.forEach(f -> doc.append("* ").append(f).append('\n'));
        if (!findings.isEmpty()) {
            doc.append('\n');
        }
        return doc.toString();
    }
}
