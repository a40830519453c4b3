package dev.camelclado.component.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes {@code CladoComponentConfiguration.java}, the {@code camel.component.clado.*} properties class, from the
 * component's catalog, as Apache's camel-spring-boot generator does for Apache components (that generator only
 * works inside Apache's tree). {@link ComponentConfigurationSourceTest} fails when the committed class and the
 * catalog disagree; {@code main} rewrites it.
 */
final class ComponentConfigurationSource {

    static final String CATALOG = "META-INF/dev/camelclado/component/clado.json";
    static final Path TARGET = Path.of("src/main/java/dev/camelclado/component/springboot/CladoComponentConfiguration.java");
    static final Path METADATA = Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");

    private ComponentConfigurationSource() {
    }

    /** Rewrites the class; run from the starter module's directory. */
    public static void main(String[] args) throws IOException {
        Files.writeString(TARGET, generate(), StandardCharsets.UTF_8);
        Files.createDirectories(METADATA.getParent());
        Files.writeString(METADATA, generateMetadata(), StandardCharsets.UTF_8);
        System.out.println("wrote " + TARGET.toAbsolutePath() + " and " + METADATA.toAbsolutePath());
    }

    /**
     * The defaults, for IDEs, in Spring Boot's additional metadata: the properties class itself has none, so that
     * only the properties a user sets are applied, never a default over a component the application configured
     * itself (a lower maxAmount, say).
     */
    static String generateMetadata() {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode properties = root.putArray("properties");
        for (Map.Entry<String, JsonNode> entry : readCatalog().path("componentProperties").properties()) {
            JsonNode option = entry.getValue();
            if (!option.has("defaultValue")) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode property = properties.addObject();
            property.put("name", "camel.component.clado." + kebab(entry.getKey()));
            JsonNode value = option.path("defaultValue");
            String type = option.path("type").asText();
            if (type.equals("duration") || !value.isValueNode() || option.has("enum")) {
                property.put("defaultValue", value.asText());
            } else {
                property.set("defaultValue", value);
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String generate() {
        JsonNode catalog = readCatalog();
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        Set<String> imports = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.path("componentProperties").properties().iterator();
                it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            String type = javaType(option, imports);
            fields.append("    /**\n");
            for (String line : wrap(escape(description(option)), 108)) {
                fields.append("     * ").append(line).append('\n');
            }
            fields.append("     */\n");
            if (option.path("deprecated").asBoolean()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(type).append(' ').append(name).append(";\n");
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append('\n')
                    .append("    public ").append(type).append(" get").append(capitalised).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append("    public void set").append(capitalised).append('(').append(type).append(' ').append(name)
                    .append(") {\n        this.").append(name).append(" = ").append(name).append(";\n    }\n");
        }
        StringBuilder source = new StringBuilder()
                .append("package dev.camelclado.component.springboot;\n\n");
        for (String imported : imports) {
            source.append("import ").append(imported).append(";\n");
        }
        if (!imports.isEmpty()) {
            source.append('\n');
        }
        source.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n")
                .append("/**\n");
        for (String line : wrap(escape(catalog.path("component").path("description").asText()), 112)) {
            source.append(" * ").append(line).append('\n');
        }
        source.append(" *\n")
                .append(" * Generated from the clado component's catalog by ComponentConfigurationSource (in this module's tests):\n")
                .append(" * do not edit.\n")
                .append(" */\n")
                .append("@ConfigurationProperties(prefix = \"camel.component.clado\")\n")
                .append("public class CladoComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    /**\n     * Whether to enable auto configuration of the clado component. This is enabled by default.\n     */\n")
                .append("    private Boolean enabled;\n")
                .append(fields)
                .append(accessors)
                .append("}\n");
        return source.toString();
    }

    static JsonNode readCatalog() {
        try (InputStream in = ComponentConfigurationSource.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG + " is not on the classpath: is camel-clado-component a dependency?");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String description(JsonNode option) {
        String description = option.path("description").asText();
        if (option.path("autowired").asBoolean()) {
            description += " When not set, the only bean of this type in the application context is used.";
        }
        if (option.has("defaultValue")) {
            description += " Default: " + option.path("defaultValue").asText() + ".";
        }
        if (isBeanReference(option)) {
            description += " A reference to a bean: #name or #bean:name.";
        }
        if (option.has("enum")) {
            StringBuilder values = new StringBuilder(" One of:");
            option.path("enum").forEach(value -> values.append(' ').append(value.asText()));
            description += values + ".";
        }
        return description;
    }

    /**
     * The Java type Spring binds the property into. Durations stay text, so that Camel reads them exactly as in
     * Camel Main ("24h", "5s", "1m30s", "500" for milliseconds); so do beans, as references Camel resolves in the
     * application context ("#auditLedger"), which the actuator can show where it could not serialise the bean.
     */
    private static String javaType(JsonNode option, Set<String> imports) {
        String type = option.path("type").asText();
        String javaType = option.path("javaType").asText();
        if (type.equals("duration") || isBeanReference(option)) {
            return "String";
        }
        switch (javaType) {
            case "boolean":
            case "java.lang.Boolean":
                return "Boolean";
            case "int":
            case "java.lang.Integer":
                return "Integer";
            case "long":
            case "java.lang.Long":
                return "Long";
            case "double":
            case "java.lang.Double":
                return "Double";
            case "java.lang.String":
                return "String";
            default:
                imports.add(javaType);
                return javaType.substring(javaType.lastIndexOf('.') + 1);
        }
    }

    static boolean isBeanReference(JsonNode option) {
        return option.path("type").asText().equals("object") && !option.has("enum");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;");
    }

    private static Iterable<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
