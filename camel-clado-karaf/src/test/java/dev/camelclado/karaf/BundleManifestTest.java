package dev.camelclado.karaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import dev.camelclado.component.CladoComponent;
import dev.camelclado.mpp.MppClient;

/**
 * Build-time checks of the OSGi headers of mpp-client and the component (written by bnd-maven-plugin in their poms)
 * against the features XML this module builds and against camel-karaf's published features XML, without a Karaf.
 * karaf-maven-plugin's verify goal resolves the same feature; KarafFeatureIT installs it in a real Karaf.
 */
class BundleManifestTest {

    private static final String CAMEL_RANGE = "[4.14,5)";
    private static final String JACKSON_RANGE = "[2.19,3)";

    private static Manifest component;
    private static Manifest mppClient;
    private static Document features;
    private static Document camelKaraf;

    @BeforeAll
    static void read() throws Exception {
        component = manifest(location(CladoComponent.class));
        mppClient = manifest(location(MppClient.class));
        features = xml(Path.of(System.getProperty("features.xml")));
        camelKaraf = xml(Path.of(System.getProperty("camel-karaf.features.xml")));
    }

    @Test
    void theComponentIsABundleThatImportsCamelFrom414To5AndJackson2() {
        assertThat(header(component, "Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(header(component, "Bundle-SymbolicName")).isEqualTo("dev.camelclado.camel-clado-component");
        assertThat(parameters(component, "Export-Package").keySet()).contains("dev.camelclado.component",
                "dev.camelclado.component.model", "dev.camelclado.component.service", "dev.camelclado.component.watch");
        assertThat(header(component, "Require-Capability")).contains("(osgi.ee=JavaSE)(version=17)");

        Map<String, Attrs> camel = imports(component, "org.apache.camel");
        assertThat(camel).containsKeys("org.apache.camel", "org.apache.camel.spi", "org.apache.camel.support");
        camel.forEach((name, attrs) -> {
            assertThat(attrs.get("version")).as(name).isEqualTo(CAMEL_RANGE);
            assertThat(attrs.get("resolution:")).as(name).isNull();
        });
        // the component has its own JSON mapper: camel-jackson is not needed at runtime
        assertThat(camel).doesNotContainKey("org.apache.camel.component.jackson");

        Map<String, Attrs> jackson = imports(component, "com.fasterxml.jackson");
        assertThat(jackson).containsKeys("com.fasterxml.jackson.databind");
        jackson.values().forEach(attrs -> assertThat(attrs.get("version")).isEqualTo(JACKSON_RANGE));
        imports(component, "dev.camelclado.mpp").values()
                .forEach(attrs -> assertThat(attrs.get("version")).isEqualTo("[0.1,1)"));
    }

    @Test
    void theComponentBundleHoldsTheFilesCamelKarafLooksUp() throws Exception {
        // camel-karaf's Activator registers component/ and configurer/; its OsgiFactoryFinder finds urifactory/
        assertThat(entries(location(CladoComponent.class))).contains(
                "META-INF/services/org/apache/camel/component/clado",
                "META-INF/services/org/apache/camel/configurer/clado-component",
                "META-INF/services/org/apache/camel/configurer/clado-endpoint",
                "META-INF/services/org/apache/camel/urifactory/clado-endpoint");
    }

    @Test
    void everyCamelPackageTheComponentImportsIsInCamel414() throws IOException {
        // camel-karaf 4.14.5's bundles are the plain Camel 4.14.5 jars with OSGi headers: a package missing from those
        // jars (new in a later Camel) could never be wired in camel-karaf 4.14.5
        Set<String> camel414 = new TreeSet<>();
        for (File jar : classPathJars(Pattern.compile("camel-[a-z-]+-4\\.14\\.5\\.jar"))) {
            camel414.addAll(packages(jar));
        }
        assertThat(camel414).as("Camel 4.14.5 jars on the test class path").contains("org.apache.camel.spi");
        assertThat(imports(component, "org.apache.camel").keySet()).allSatisfy(name -> assertThat(camel414).contains(name));
    }

    @Test
    void mppClientIsABundleWhoseWeb3jImportsTheFeaturesWrappedJarsExport() throws Exception {
        assertThat(header(mppClient, "Bundle-SymbolicName")).isEqualTo("dev.camelclado.mpp-client");
        assertThat(parameters(mppClient, "Export-Package").keySet()).contains("dev.camelclado.mpp",
                "dev.camelclado.mpp.core", "dev.camelclado.mpp.tempo", "dev.camelclado.mpp.wallet");
        assertThat(imports(mppClient, "org.apache.camel")).isEmpty();

        Map<String, Attrs> web3j = imports(mppClient, "org.web3j");
        web3j.forEach((name, attrs) -> assertThat(attrs.get("version")).as(name).isEqualTo("[4.13,5)"));
        // web3j core (JSON-RPC, RpcGasSource only) is optional, in the pom and in the manifest
        web3j.forEach((name, attrs) -> assertThat("optional".equals(attrs.get("resolution:")))
                .as(name).isEqualTo(name.startsWith("org.web3j.protocol")));

        // every mandatory org.web3j import is exported by a wrap: bundle of the feature whose jar holds that package
        Map<String, List<String>> wrapped = wrappedWeb3jExports();
        assertThat(wrapped).containsKeys("crypto", "utils", "rlp", "abi");
        for (String name : web3j.keySet()) {
            if (name.startsWith("org.web3j.protocol")) {
                continue;
            }
            List<String> exporters = new ArrayList<>();
            for (Map.Entry<String, List<String>> entry : wrapped.entrySet()) {
                File jar = classPathJars(Pattern.compile(entry.getKey() + "-\\d[^/]*\\.jar")).get(0);
                boolean exported = entry.getValue().stream().anyMatch(pattern -> matches(pattern, name));
                if (exported && packages(jar).contains(name)) {
                    exporters.add(entry.getKey());
                }
            }
            assertThat(exporters).as("wrapped web3j jars exporting " + name).hasSize(1);
        }
    }

    @Test
    void theFeatureAsksCamelKarafForWhatTheBundlesImport() {
        Element repository = (Element) features.getElementsByTagNameNS("*", "repository").item(0);
        assertThat(repository.getTextContent().trim())
                .isEqualTo("mvn:org.apache.camel.karaf/apache-camel/4.14.5/xml/features");

        Element cladoFeature = feature(features, "camel-clado", null);
        Map<String, String> dependencies = new LinkedHashMap<>();
        NodeList children = cladoFeature.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < children.getLength(); i++) {
            Element dependency = (Element) children.item(i);
            dependencies.put(dependency.getTextContent().trim(), dependency.getAttribute("version"));
        }
        assertThat(dependencies).containsEntry("camel-core", CAMEL_RANGE).containsEntry("jackson", JACKSON_RANGE);

        // camel-karaf 4.14.5's published camel-core and jackson features fall in those ranges...
        String camelCore = feature(camelKaraf, "camel-core", null).getAttribute("version");
        assertThat(new VersionRange(CAMEL_RANGE).includes(new Version(camelCore))).as("camel-core " + camelCore).isTrue();
        assertThat(new VersionRange(JACKSON_RANGE).includes(new Version("2.19.4"))).isTrue();
        assertThat(feature(camelKaraf, "jackson", "2.19.4")).isNotNull();

        List<String> bundles = new ArrayList<>();
        NodeList bundleElements = cladoFeature.getElementsByTagNameNS("*", "bundle");
        for (int i = 0; i < bundleElements.getLength(); i++) {
            bundles.add(bundleElements.item(i).getTextContent().trim());
        }
        String version = header(component, "Bundle-Version").replace(".SNAPSHOT", "-SNAPSHOT");
        assertThat(bundles).contains("mvn:dev.camelclado/mpp-client/" + version,
                "mvn:dev.camelclado/camel-clado-component/" + version);
        // the bouncycastle bundle satisfies mpp-client's import
        String bouncycastle = bundles.stream().filter(b -> b.startsWith("mvn:org.bouncycastle/bcprov-jdk18on/"))
                .findFirst().orElseThrow().substring("mvn:org.bouncycastle/bcprov-jdk18on/".length());
        imports(mppClient, "org.bouncycastle").values().forEach(attrs -> assertThat(
                new VersionRange(attrs.get("version")).includes(new Version(bouncycastle))).isTrue());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** The web3j jars the feature wraps (by artifactId) and the Export-Package patterns of their wrap: URLs. */
    private static Map<String, List<String>> wrappedWeb3jExports() {
        Map<String, List<String>> wrapped = new LinkedHashMap<>();
        Pattern wrap = Pattern.compile("^wrap:mvn:org\\.web3j/([^/]+)/[^$]+\\$(.*)$");
        NodeList bundles = feature(features, "camel-clado", null).getElementsByTagNameNS("*", "bundle");
        for (int i = 0; i < bundles.getLength(); i++) {
            Matcher m = wrap.matcher(bundles.item(i).getTextContent().trim());
            if (!m.matches()) {
                continue;
            }
            for (String instruction : m.group(2).split("&")) {
                if (instruction.startsWith("Export-Package=")) {
                    String value = URLDecoder.decode(instruction.substring("Export-Package=".length()),
                            StandardCharsets.UTF_8);
                    // "a*;b*;version=x": package patterns are the clauses' names, not the attributes
                    wrapped.put(m.group(1), List.of(value.split(";")).stream().filter(part -> !part.contains("="))
                            .collect(Collectors.toList()));
                }
            }
        }
        return wrapped;
    }

    private static boolean matches(String pattern, String name) {
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return name.startsWith(prefix);
        }
        return name.equals(pattern);
    }

    private static Element feature(Document document, String name, String version) {
        NodeList all = document.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < all.getLength(); i++) {
            Element feature = (Element) all.item(i);
            if (name.equals(feature.getAttribute("name"))
                    && (version == null || version.equals(feature.getAttribute("version")))) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + name + (version == null ? "" : "/" + version));
    }

    private static Map<String, Attrs> imports(Manifest manifest, String prefix) {
        Map<String, Attrs> selected = new LinkedHashMap<>();
        parameters(manifest, "Import-Package").forEach((name, attrs) -> {
            if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                selected.put(name, attrs);
            }
        });
        return selected;
    }

    private static Parameters parameters(Manifest manifest, String header) {
        return new Parameters(header(manifest, header));
    }

    private static String header(Manifest manifest, String name) {
        String value = manifest.getMainAttributes().getValue(name);
        assertThat(value).as("manifest header " + name).isNotNull();
        return value;
    }

    private static Manifest manifest(File location) throws IOException {
        if (location.isDirectory()) {
            try (InputStream in = Files.newInputStream(location.toPath().resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location)) {
            return jar.getManifest();
        }
    }

    private static Set<String> entries(File location) throws IOException {
        Set<String> entries = new TreeSet<>();
        if (location.isDirectory()) {
            try (var files = Files.walk(location.toPath())) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> entries.add(location.toPath().relativize(f).toString().replace('\\', '/')));
            }
            return entries;
        }
        try (JarFile jar = new JarFile(location)) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                entries.add(e.nextElement().getName());
            }
        }
        return entries;
    }

    private static Set<String> packages(File jar) throws IOException {
        return entries(jar).stream().filter(name -> name.endsWith(".class") && name.contains("/"))
                .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<File> classPathJars(Pattern fileName) {
        List<File> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (fileName.matcher(file.getName()).matches()) {
                jars.add(file);
            }
        }
        assertThat(jars).as("class path jars named " + fileName).isNotEmpty();
        return jars;
    }

    private static File location(Class<?> type) throws Exception {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
