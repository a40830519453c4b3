package dev.camelclado.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.service.RequestField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the documentation honest: the committed tables are what the component declares, they list every option and
 * header, and every include and local link of the pages resolves.
 */
class DocsTest {

    /** The docs module (Surefire runs in it and sets {@code basedir}). */
    private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path GENERATED = DOCS.resolve("generated");
    /** Written by the build's generator run (exec-maven-plugin, process-classes): the tables it had to rewrite. */
    private static final Path BUILD_CHANGES = DOCS.resolve("target/generated-tables-changes.txt");

    private static final String REFRESH = "Refresh them with `" + CatalogTables.REFRESH_COMMAND + "` (any build of the"
            + " docs module rewrites docs/generated) and commit docs/generated.";

    @Test
    void committedTablesAreWhatTheComponentDeclares(@TempDir Path fresh) throws IOException {
        CatalogTables.write(fresh);

        assertThat(names(GENERATED)).as("files in docs/generated. " + REFRESH).isEqualTo(names(fresh));
        for (String name : names(fresh)) {
            assertThat(Files.readString(GENERATED.resolve(name), StandardCharsets.UTF_8))
                    .as("docs/generated/%s is not what the component's catalog and CladoOperation produce. %s", name, REFRESH)
                    .isEqualTo(Files.readString(fresh.resolve(name), StandardCharsets.UTF_8));
            assertThat(Files.readAllBytes(GENERATED.resolve(name))).as("bytes of docs/generated/%s", name)
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
            assertThat(Files.readString(fresh.resolve(name))).as("%s ends with a newline", name).endsWith("\n");
        }

        // The build regenerates docs/generated before the tests: stale committed tables show up here.
        if (Files.exists(BUILD_CHANGES)) {
            assertThat(Files.readAllLines(BUILD_CHANGES).stream().filter(l -> !l.isBlank()).toList())
                    .as("the committed tables in docs/generated were stale (the component's options, headers or"
                            + " CladoOperation changed), and this build has rewritten these. Review and commit"
                            + " docs/generated, then build again (`" + CatalogTables.REFRESH_COMMAND + "` refreshes"
                            + " them too)")
                    .isEmpty();
        }
    }

    @Test
    void generationIsDeterministic() {
        JsonNode catalog = CatalogTables.readCatalog();
        Map<String, String> first = CatalogTables.render(catalog);
        assertThat(CatalogTables.render(CatalogTables.readCatalog())).isEqualTo(first);
    }

    @Test
    void everyOptionHeaderAndOperationIsInTheTables() throws IOException {
        JsonNode catalog = CatalogTables.readCatalog();
        String componentOptions = Files.readString(GENERATED.resolve(CatalogTables.COMPONENT_OPTIONS));
        String endpointOptions = Files.readString(GENERATED.resolve(CatalogTables.ENDPOINT_OPTIONS));
        String headers = Files.readString(GENERATED.resolve(CatalogTables.HEADERS));
        String operations = Files.readString(GENERATED.resolve(CatalogTables.OPERATIONS));

        assertThat(catalog.path("componentProperties").size()).isPositive();
        assertThat(missing(catalog.path("componentProperties"), name -> "| *" + name + "* |", componentOptions))
                .as("component options missing from " + CatalogTables.COMPONENT_OPTIONS).isEmpty();
        assertThat(missing(catalog.path("properties"), name -> "| *" + name + "* |", endpointOptions))
                .as("endpoint options missing from " + CatalogTables.ENDPOINT_OPTIONS).isEmpty();
        assertThat(missing(catalog.path("headers"), name -> "| `" + name + "`", headers))
                .as("headers missing from " + CatalogTables.HEADERS).isEmpty();

        List<String> missingOperations = new ArrayList<>();
        for (CladoOperation operation : CladoOperation.values()) {
            if (!operations.contains("| `clado:" + operation.uriName() + "` |")
                    || !operations.contains("| `" + operation.uriName() + "` |")) {
                missingOperations.add(operation.uriName());
            }
            for (RequestField field : operation.fields()) {
                if (!operations.contains("`" + field.option() + "` / `" + field.header() + "`")) {
                    missingOperations.add(operation.uriName() + " " + field.option());
                }
            }
        }
        assertThat(missingOperations).as("operations or request fields missing from " + CatalogTables.OPERATIONS).isEmpty();
    }

    private static List<String> missing(JsonNode entries, java.util.function.Function<String, String> row, String table) {
        List<String> missing = new ArrayList<>();
        entries.fieldNames().forEachRemaining(name -> {
            if (!table.contains(row.apply(name))) {
                missing.add(name);
            }
        });
        return missing;
    }

    // --- includes and links ----------------------------------------------------------------------------------------

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[");
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]*)\\[");
    private static final Pattern LINK = Pattern.compile("link:([^\\[\\s]+)\\[");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^,>]+)[,>]");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([^\\],]+)[\\],]|\\[#([^\\]\\.%,]+)");

    @Test
    void everyIncludeAndLocalLinkResolves() throws IOException {
        List<Path> pages = adocFiles();
        assertThat(pages).as("pages in docs/").isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenReferences(page));
        }
        assertThat(broken).as("includes, xrefs and links of docs/*.adoc that do not resolve").isEmpty();
    }

    /** The pages: docs/*.adoc and the generated tables. */
    private static List<Path> adocFiles() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path dir : List.of(DOCS, GENERATED)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /**
     * What in a page does not resolve: includes (also inside listing blocks, where Asciidoctor processes them too),
     * and outside listing blocks xrefs, {@code link:}s and {@code <<...>>} to local files, and their fragments, which
     * must be explicit anchors ({@code [[id]]} or {@code [#id]}) of the target or of a file it includes.
     */
    static List<String> brokenReferences(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        String where = DOCS.relativize(page).toString();
        boolean inListing = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String at = where + ":" + (i + 1) + ": ";
            Matcher include = INCLUDE.matcher(line);
            if (include.find() && !Files.isRegularFile(page.getParent().resolve(include.group(1)))) {
                broken.add(at + "include::" + include.group(1) + " does not exist");
            }
            if (line.startsWith("----") || line.startsWith("....")) {
                inListing = !inListing;
                continue;
            }
            if (inListing) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            for (Pattern pattern : List.of(XREF, LINK)) {
                Matcher m = pattern.matcher(line);
                while (m.find()) {
                    targets.add(m.group(1));
                }
            }
            Matcher cross = CROSS_REFERENCE.matcher(line);
            while (cross.find()) {
                targets.add(cross.group(1).contains(".adoc") ? cross.group(1) : "#" + cross.group(1));
            }
            for (String target : targets) {
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(at + target + ": " + problem);
                }
            }
        }
        return broken;
    }

    private static String problem(Path page, String target) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || target.startsWith("mailto:")) {
            return null;
        }
        int hash = target.indexOf('#');
        String file = hash >= 0 ? target.substring(0, hash) : target;
        String fragment = hash >= 0 ? target.substring(hash + 1) : "";
        if (!file.isEmpty() && !file.contains(".")) {
            // xref:some-id[] is a reference inside the page
            fragment = file;
            file = "";
        }
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file " + resolved;
        }
        if (!fragment.isEmpty() && resolved.toString().endsWith(".adoc") && !anchors(resolved).contains(fragment)) {
            return "no anchor [[" + fragment + "]] in " + resolved.getFileName() + " (or the files it includes)";
        }
        return null;
    }

    /** Explicit anchors of a page and of the files it includes. */
    static TreeSet<String> anchors(Path page) throws IOException {
        TreeSet<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            Matcher anchor = ANCHOR.matcher(line);
            while (anchor.find()) {
                anchors.add(anchor.group(1) != null ? anchor.group(1) : anchor.group(2));
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.find() && Files.isRegularFile(page.getParent().resolve(include.group(1)))) {
                anchors.addAll(anchors(page.getParent().resolve(include.group(1))));
            }
        }
        return anchors;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
