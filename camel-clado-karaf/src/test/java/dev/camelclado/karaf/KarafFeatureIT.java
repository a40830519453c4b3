package dev.camelclado.karaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import dev.camelclado.component.CladoComponent;
import dev.camelclado.karaf.it.routes.CladoRoutesActivator;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.JobTimeline;

/**
 * Installs the camel-clado feature in a real Apache Karaf and runs clado: routes in it against the sandbox.
 * <p>
 * The Karaf distribution (from Maven) is unpacked afresh under {@code target/karaf-it}, started with
 * {@code bin/karaf server} and configured through its {@code etc/} files only:
 * <ul>
 * <li>its Maven resolver is offline, with {@code target/karaf-it/m2} (what this module's pom lists as provided) as its
 * only repository besides Karaf's own {@code system/};</li>
 * <li>{@code featuresRepositories} gets {@code mvn:dev.camelclado/camel-clado-karaf/VERSION/xml/features} (the features
 * XML this module builds, which itself names camel-karaf's repository) and {@code featuresBoot} gets
 * {@code camel-clado}, as {@code feature:repo-add} and {@code feature:install} would;</li>
 * <li>{@code etc/org.apache.karaf.features.xml} swaps camel-karaf's missing bundles for wrapped plain Camel jars
 * (src/test/karaf/etc/org.apache.karaf.features.xml tells how);</li>
 * <li>a test feature adds one bundle, built here from {@link CladoRoutesActivator}, which runs the routes and writes
 * what it saw to a file that this test waits for.</li>
 * </ul>
 * The sandbox runs in this JVM; Karaf reaches it on loopback. SSH and JMX are left out of the boot features, so the
 * Karaf opens no port (only its shutdown port, on loopback). Takes about 20 s (docs/karaf.adoc); {@code -DskipKarafIT}
 * skips it.
 */
class KarafFeatureIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("karaf.it.timeoutSeconds", 300));
    private static final String KARAF_VERSION = System.getProperty("karaf.version", "4.4.8");

    private static CladoSandbox sandbox;
    private static Process karaf;

    @BeforeAll
    static void startSandbox() {
        sandbox = CladoSandbox.builder().timeline(new JobTimeline(Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO)).start();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (karaf != null) {
            stop(karaf);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void theFeatureInstallsAndCladoRoutesRunInKaraf() throws Exception {
        Path work = Path.of(property("karaf.it.dir"));
        Path m2 = work.resolve("m2");
        Path home = unpackKaraf(work);
        String version = property("project.version");

        // the features XML this module attaches, where feature:repo-add mvn:dev.camelclado/... finds it
        Path featuresInRepository = m2.resolve("dev/camelclado/camel-clado-karaf/" + version
                + "/camel-clado-karaf-" + version + "-features.xml");
        Files.createDirectories(featuresInRepository.getParent());
        Files.copy(Path.of(property("features.xml")), featuresInRepository, StandardCopyOption.REPLACE_EXISTING);

        Path routesBundle = buildRoutesBundle(work.resolve("clado-it-routes.jar"));
        Path itFeatures = work.resolve("camel-clado-it-features.xml");
        Files.writeString(itFeatures, """
                <?xml version="1.0" encoding="UTF-8"?>
                <features name="camel-clado-it" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                    <feature name="camel-clado-it" version="1.0.0">
                        <feature>camel-clado</feature>
                        <bundle start-level="90">%s</bundle>
                    </feature>
                </features>
                """.formatted(routesBundle.toUri()));

        Path result = work.resolve("result.properties");
        Files.deleteIfExists(result);
        configure(home, m2, version, itFeatures, result);

        karaf = start(home, work.resolve("karaf-console.log"));
        Properties facts = awaitResult(result, home, work.resolve("karaf-console.log"));
        stop(karaf);
        karaf = null;
        System.out.println("Facts from Karaf:");
        facts.stringPropertyNames().stream().sorted().forEach(name -> System.out.println("  " + name + " = "
                + facts.getProperty(name)));
        List<String> errors = errors(home.resolve("data/log/karaf.log"));

        assertThat(facts.getProperty("outcome")).as(facts.getProperty("error", "")).isEqualTo("completed");
        assertThat(facts.getProperty("bundles.notActive")).isEmpty();
        assertThat(errors).as("ERROR lines in karaf.log").isEmpty();
        assertThat(facts.getProperty("camel.version")).isEqualTo(System.getProperty("camel-karaf.version", "4.14.5"));
        assertThat(facts.getProperty("camel.contextClass")).isEqualTo(OsgiDefaultCamelContext.class.getName());

        // found through camel-karaf's Activator and OsgiComponentResolver
        String componentBundle = "dev.camelclado.camel-clado-component";
        assertThat(facts.getProperty("services.componentResolver")).isEqualTo(componentBundle);
        assertThat(facts.getProperty("component.class")).isEqualTo(CladoComponent.class.getName());
        assertThat(facts.getProperty("component.bundle")).isEqualTo(componentBundle);
        // the generated configurers: registered by the Activator and found by Camel
        assertThat(facts.getProperty("services.configurerResolver.component")).isEqualTo(componentBundle);
        assertThat(facts.getProperty("services.configurerResolver.endpoint")).isEqualTo(componentBundle);
        assertThat(facts.getProperty("configurer.component")).isEqualTo("dev.camelclado.component.CladoComponentConfigurer");
        assertThat(facts.getProperty("configurer.endpoint")).isEqualTo("dev.camelclado.component.CladoEndpointConfigurer");
        assertThat(facts.getProperty("configurer.component.ofComponent"))
                .isEqualTo("dev.camelclado.component.CladoComponentConfigurer");
        assertThat(facts.getProperty("configurer.endpoint.ofComponent"))
                .isEqualTo("dev.camelclado.component.CladoEndpointConfigurer");
        assertThat(facts.getProperty("componentOptions.bound")).isEqualTo("true");
        // the generated endpoint URI factory
        assertThat(facts.getProperty("urifactory")).isEqualTo("dev.camelclado.component.CladoEndpointUriFactory");
        assertThat(facts.getProperty("urifactory.built")).isEqualTo("clado:search/people?limit=3");

        // the routes: direct mode, the consumer, and a call paid in mpp mode
        assertThat(facts.getProperty("routes.started")).isEqualTo("true");
        assertThat(Integer.parseInt(facts.getProperty("search.results"))).isEqualTo(3);
        assertThat(facts.getProperty("search.firstName")).isNotBlank();
        assertThat(facts.getProperty("deepResearch.jobId")).isNotBlank();
        assertThat(facts.getProperty("deepResearch.terminalJobId")).isEqualTo(facts.getProperty("deepResearch.jobId"));
        assertThat(facts.getProperty("deepResearch.terminalStatus")).isEqualTo("completed");
        assertThat(facts.getProperty("mpp.name")).isNotBlank();
        assertThat(Long.parseLong(facts.getProperty("mpp.paidAmount"))).isPositive();
        assertThat(facts.getProperty("mpp.paymentReference")).isNotBlank();
        assertThat(sandbox.gateway().payments()).hasSize(1);
        assertThat(facts.getProperty("camel.stopped")).isEqualTo("true");
    }

    /** The Karaf distribution, unpacked afresh (no state from an earlier run). */
    private static Path unpackKaraf(Path work) throws Exception {
        Path home = work.resolve("apache-karaf-" + KARAF_VERSION);
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        run(work, "tar", "-xzf", property("karaf.distribution"), "-C", work.toString());
        assertThat(home.resolve("bin/karaf")).exists();
        return home;
    }

    /** The bundle that runs the routes: this module's test classes of its package, manifest by bnd. */
    private static Path buildRoutesBundle(Path target) throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "dev.camelclado.karaf.it.routes");
            builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            builder.setProperty(Constants.BUNDLE_ACTIVATOR, CladoRoutesActivator.class.getName());
            builder.setProperty(Constants.PRIVATEPACKAGE, CladoRoutesActivator.class.getPackageName());
            builder.setProperty(Constants.IMPORT_PACKAGE, "*");
            builder.addClasspath(location(CladoRoutesActivator.class));
            // read for the versions they export (camel-core-osgi, the component)
            builder.addClasspath(location(OsgiDefaultCamelContext.class));
            builder.addClasspath(location(CladoComponent.class));
            Jar jar = builder.build();
            assertThat(builder.getErrors()).as("bnd errors").isEmpty();
            jar.write(target.toFile());
        }
        return target;
    }

    private static void configure(Path home, Path m2, String version, Path itFeatures, Path result) throws IOException {
        Path etc = home.resolve("etc");
        // offline: Karaf's system/ and this build's m2, nothing downloaded
        Files.writeString(etc.resolve("org.ops4j.pax.url.mvn.cfg"), """
                org.ops4j.pax.url.mvn.certificateCheck=true
                org.ops4j.pax.url.mvn.useFallbackRepositories=false
                org.ops4j.pax.url.mvn.offline=true
                org.ops4j.pax.url.mvn.localRepository=%s
                org.ops4j.pax.url.mvn.defaultRepositories=\\
                    ${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots, \\
                    ${karaf.data.uri}kar@id=kar.repository@multi@snapshots, \\
                    %s@id=camel-clado-it@snapshots
                org.ops4j.pax.url.mvn.repositories=
                """.formatted(home.resolve("data/m2-local"), m2.toUri()));

        // feature:repo-add mvn:dev.camelclado/camel-clado-karaf/VERSION/xml/features, feature:install camel-clado
        Files.writeString(etc.resolve("org.apache.karaf.features.cfg"), """
                featuresRepositories = \\
                    mvn:org.apache.karaf.features/specs/%1$s/xml/features, \\
                    mvn:org.apache.karaf.features/standard/%1$s/xml/features, \\
                    mvn:org.apache.karaf.features/framework/%1$s/xml/features, \\
                    mvn:dev.camelclado/camel-clado-karaf/%2$s/xml/features, \\
                    %3$s
                featuresBoot = \\
                    instance/%1$s, \\
                    package/%1$s, \\
                    log/%1$s, \\
                    framework/%1$s, \\
                    system/%1$s, \\
                    eventadmin/%1$s, \\
                    feature/%1$s, \\
                    shell/%1$s, \\
                    service/%1$s, \\
                    jaas/%1$s, \\
                    deployer/%1$s, \\
                    diagnostic/%1$s, \\
                    wrap, \\
                    bundle/%1$s, \\
                    config/%1$s, \\
                    kar/%1$s, \\
                    camel-clado, \\
                    camel-clado-it
                featuresBootAsynchronous=false
                autoRefresh=true
                """.formatted(KARAF_VERSION, version, itFeatures.toUri()));

        Files.copy(Path.of(property("features.processing")), etc.resolve("org.apache.karaf.features.xml"),
                StandardCopyOption.REPLACE_EXISTING);

        String properties = """

                # KarafFeatureIT
                clado.it.baseUrl = %s
                clado.it.apiKey = %s
                clado.it.walletPrivateKey = %s
                clado.it.recipient = %s
                clado.it.result = %s
                """.formatted(sandbox.baseUrl(), sandbox.apiKey(),
                // Hardhat account #0: a well-known test key, no real money; the sandbox's default payer
                "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", CladoSandbox.DEFAULT_RECIPIENT,
                result.toString().replace("\\", "/"));
        Files.writeString(etc.resolve("system.properties"), properties, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static Process start(Path home, Path console) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_MIN_MEM", "128M");
        builder.environment().put("JAVA_MAX_MEM", "768M");
        builder.environment().remove("KARAF_DEBUG");
        return builder.start();
    }

    private static Properties awaitResult(Path result, Path home, Path console) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Path log = home.resolve("data/log/karaf.log");
        while (!Files.exists(result)) {
            if (!karaf.isAlive()) {
                fail("Karaf stopped (exit " + karaf.exitValue() + ") before the routes reported:\n" + tail(console)
                        + "\n" + tail(log));
            }
            String bootFailure = grep(log, "Error installing boot feature");
            if (bootFailure != null) {
                fail("Karaf could not install the boot features:\n" + bootFailure + "\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                fail("no result from Karaf after " + TIMEOUT.toSeconds() + " s:\n" + tail(log));
            }
            Thread.sleep(500);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            properties.load(in);
        }
        return properties;
    }

    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        process.destroy();
        all.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static List<String> errors(Path log) throws IOException {
        List<String> errors = Files.readAllLines(log).stream().filter(line -> line.contains("| ERROR |")).toList();
        System.out.println(errors.size() + " ERROR lines in karaf.log" + (errors.isEmpty() ? "" : ":"));
        errors.forEach(line -> System.out.println("  " + line));
        return errors;
    }

    private static String grep(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 40)));
            }
        }
        return null;
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no " + file + ")";
        }
        List<String> lines = Files.readAllLines(file);
        return "--- " + file + " (last lines)\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 80),
                lines.size()));
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static File location(Class<?> type) throws Exception {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property " + name).isNotBlank();
        return value;
    }
}
