package dev.camelclado.benchmarks.perf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8, measurement 6: how long a CamelContext with one route takes to start with the clado component, with the
 * camel-http route a user would write instead, and with Camel alone. Each sample is a fresh JVM running
 * {@link StartupProbe}: in a warm JVM the classes are loaded and compiled already, and startup says nothing.
 */
public final class StartupSection {

    /** In table order; the rounds run them in rotating order. */
    static final List<String> VARIANTS = List.of("none", "http", "clado");
    /** Fixed as in the suite's own JVM, whatever JVM launches the probes (surefire's has other flags). */
    static final List<String> JVM_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
    private static final long PROBE_TIMEOUT_SECONDS = 60;
    /** Above this, the exit is the JVM's wait for threads in native code, not noise. */
    private static final double SLOW_EXIT_MS = 150;
    private static final String SLOW_EXIT = " That is the JVM's exit, not startup: HotSpot's `System.exit` waits up"
            + " to 300 ms for Java threads running native code to stop, and the JDK `HttpClient` the component shares"
            + " keeps its selector thread in `epoll_wait` (Java 17 has no `HttpClient.close()`; the client ends"
            + " when collected). An application pays it once, when its JVM exits.";
    private static final Pattern FIGURE = Pattern.compile("(\\w+)=(\\S+)");

    private StartupSection() {
    }

    /** What one probe JVM printed, and how long the whole process took as seen from here. */
    record Probe(String variant, double contextStartMs, long uptimeMs, long classes, long heapBytes,
                 double contextStopMs, long exitUptimeMs, long processMs, int routes, boolean routeStarted,
                 String endpoint, boolean endpointStarted) {

        static Probe parse(String variant, String line, long processMs) {
            Map<String, String> figures = new LinkedHashMap<>();
            Matcher matcher = FIGURE.matcher(line);
            while (matcher.find()) {
                figures.put(matcher.group(1), matcher.group(2));
            }
            try {
                return new Probe(figures.get("variant"), Double.parseDouble(figures.get("contextStartMs")),
                        Long.parseLong(figures.get("uptimeMs")), Long.parseLong(figures.get("classes")),
                        Long.parseLong(figures.get("heapBytes")), Double.parseDouble(figures.get("contextStopMs")),
                        Long.parseLong(figures.get("exitUptimeMs")), processMs, Integer.parseInt(figures.get("routes")),
                        Boolean.parseBoolean(figures.get("routeStarted")), figures.get("endpoint"),
                        Boolean.parseBoolean(figures.get("endpointStarted")));
            } catch (RuntimeException e) {
                throw new IllegalStateException("startup probe '" + variant + "' printed an unreadable line: " + line,
                        e);
            }
        }

        /**
         * The process's time outside the JVM's clock: launching it until the clock starts, and from
         * {@code System.exit} to the end of the process.
         */
        long launchAndExitMs() {
            return processMs - exitUptimeMs;
        }

        /** The variant's one route is up with its own kind of endpoint: otherwise its figures time something else. */
        boolean startedItsRoute() {
            String scheme = variant.equals("none") ? "log" : variant;
            return routes == 1 && routeStarted && endpointStarted && endpoint.startsWith(scheme + ":");
        }
    }

    public static Section run(Effort effort) throws Exception {
        return report(effort, measure(effort));
    }

    /** Seven rounds in the documented run: a sample is a fresh JVM, cheap enough for two more than the default. */
    static int measuredRounds(Effort effort) {
        return effort.rounds() + (effort.quick() ? 0 : 2);
    }

    /** Per variant, the probes of the measured rounds, round by round (index i of each list is the same round). */
    static Map<String, List<Probe>> measure(Effort effort) throws IOException, InterruptedException {
        String classPath = childClassPath();
        int port = freeLoopbackPort();
        Map<String, List<Probe>> samples = new LinkedHashMap<>();
        VARIANTS.forEach(variant -> samples.put(variant, new ArrayList<>()));
        int rounds = effort.warmups() + measuredRounds(effort);
        for (int round = 0; round < rounds; round++) {
            // rotating order: whatever drifts during the run (disk cache, CPU clock, neighbours) hits every variant
            for (int i = 0; i < VARIANTS.size(); i++) {
                String variant = VARIANTS.get((round + i) % VARIANTS.size());
                Probe probe = probe(variant, port, classPath);
                if (round >= effort.warmups()) {
                    samples.get(variant).add(probe);
                }
            }
        }
        return samples;
    }

    static Section report(Effort effort, Map<String, List<Probe>> samples) {
        Section section = new Section("6. Startup: a CamelContext with one route", "Route",
                "Context build + start ms", "JVM uptime at started ms", "Whole process ms", "Classes loaded",
                "Heap after start MiB", "Start vs `http`", "Start vs `none`");
        section.describe("Each sample is a fresh JVM (`" + String.join(" ", JVM_FLAGS) + "`, the benchmark's class"
                + " path) running `StartupProbe`, which builds a `DefaultCamelContext` with one route, starts it and"
                + " exits: `none` is `from(\"direct:start\").to(\"log:startup\")` (Camel alone), `http` the route a"
                + " user writes without the component (`from(\"direct:start\")`, an `Authorization` header,"
                + " `.to(\"http://127.0.0.1:<port>/api/search/deep_research/startup\")` and `.unmarshal().json()`"
                + " with camel-jackson), `clado` `from(\"direct:start\").to(\"clado:deepResearch/status?jobId=...&"
                + "baseUrl=http://127.0.0.1:<port>&apiKey=...\")` in direct mode. Every probe checks that its route"
                + " and its endpoint are started; nothing is called, the port is a free loopback one.");
        section.describe("Context build + start is timed inside the probe (`System.nanoTime`, from `new"
                + " DefaultCamelContext()` to the return of `start()`); JVM uptime is read at that moment, so it"
                + " adds the JVM's own boot; the whole process is launch to exit as seen by the parent (it adds"
                + " stopping the context and the JVM's exit). Classes are those loaded by then; heap is what is used"
                + " after a `System.gc()` once started. " + effort.warmups() + " warm-up round(s) discarded (disk"
                + " cache), then " + measuredRounds(effort) + " rounds of the three variants in rotating order;"
                + " median (min–max). The differences are the median of each round's difference (min–max).");

        for (String variant : VARIANTS) {
            List<Probe> probes = samples.get(variant);
            section.row(variant,
                    spread(probes, Probe::contextStartMs).format(0),
                    spread(probes, p -> p.uptimeMs()).format(0),
                    spread(probes, p -> p.processMs()).format(0),
                    spread(probes, p -> p.classes()).format(0),
                    spread(probes, p -> p.heapBytes() / (1024.0 * 1024)).format(1),
                    variant.equals("http") ? "" : startDifference(probes, samples.get("http")),
                    variant.equals("none") ? "" : startDifference(probes, samples.get("none")));
        }

        List<Probe> clado = samples.get("clado");
        List<Probe> http = samples.get("http");
        List<Probe> none = samples.get("none");
        section.finding("The issue sets no goal for startup; measured: a context with one `clado:` route starts in "
                + spread(clado, Probe::contextStartMs).format(0) + " ms, "
                + startDifference(clado, http) + " against the camel-http route and " + startDifference(clado, none)
                + " against Camel alone.");
        Spread slowerExit = differences(clado, http, Probe::launchAndExitMs);
        section.finding("Launch to exit of the whole JVM: " + signed(differences(clado, http, p -> p.processMs()))
                + " against the camel-http route and " + signed(differences(clado, none, p -> p.processMs()))
                + " against Camel alone. Stopping the context takes " + spread(clado, Probe::contextStopMs).format(0)
                + " ms with the component and " + spread(http, Probe::contextStopMs).format(0) + " ms with"
                + " camel-http; the process's time outside the JVM's clock (its launch, and its exit after"
                + " `System.exit`) differs by " + signed(slowerExit) + " against camel-http."
                + (slowerExit.median() > SLOW_EXIT_MS ? SLOW_EXIT : ""));
        section.finding("Classes loaded once started: " + median(clado, p -> p.classes()) + " with the component, "
                + median(http, p -> p.classes()) + " with camel-http and Jackson, " + median(none, p -> p.classes())
                + " for Camel alone; used heap after a GC: " + mebibytes(clado) + ", " + mebibytes(http) + " and "
                + mebibytes(none) + " MiB.");
        return section;
    }

    private static Spread spread(List<Probe> probes, ToDoubleFunction<Probe> figure) {
        return Spread.of(probes.stream().map(figure::applyAsDouble).toList());
    }

    private static String median(List<Probe> probes, ToDoubleFunction<Probe> figure) {
        return Spread.number(spread(probes, figure).median(), 0);
    }

    private static String mebibytes(List<Probe> probes) {
        return Spread.number(spread(probes, p -> p.heapBytes() / (1024.0 * 1024)).median(), 1);
    }

    /** Paired by round, so that a slow round moves both sides instead of widening the difference. */
    private static Spread differences(List<Probe> probes, List<Probe> baseline, ToDoubleFunction<Probe> figure) {
        List<Double> perRound = new ArrayList<>();
        for (int round = 0; round < probes.size(); round++) {
            perRound.add(figure.applyAsDouble(probes.get(round)) - figure.applyAsDouble(baseline.get(round)));
        }
        return Spread.of(perRound);
    }

    private static String startDifference(List<Probe> probes, List<Probe> baseline) {
        return signed(differences(probes, baseline, Probe::contextStartMs));
    }

    private static String signed(Spread difference) {
        return String.format(Locale.ROOT, "%+,.0f ms (%+,.0f–%+,.0f)", difference.median(), difference.min(),
                difference.max());
    }

    /** Launches one probe JVM and reads its line; a probe that fails, hangs or misses its route fails the run. */
    static Probe probe(String variant, int port, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", classPath, StartupProbe.class.getName(), variant, Integer.toString(port)));
        // files, not pipes: a chatty child can never block on a full pipe while the timeout runs
        Path out = Files.createTempFile("startup-probe-", ".out");
        Path err = Files.createTempFile("startup-probe-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            long launched = System.nanoTime();
            Process process = builder.start();
            boolean exited = process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long processMs = (System.nanoTime() - launched) / 1_000_000;
            if (!exited) {
                process.destroyForcibly().waitFor();
                throw failure(variant, "did not exit within " + PROBE_TIMEOUT_SECONDS + " s", out, err);
            }
            if (process.exitValue() != 0) {
                throw failure(variant, "exited with " + process.exitValue(), out, err);
            }
            String line = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(StartupProbe.LINE_PREFIX)).findFirst()
                    .orElseThrow(() -> failure(variant, "printed no " + StartupProbe.LINE_PREFIX.trim() + " line",
                            out, err));
            Probe probe = Probe.parse(variant, line, processMs);
            if (!variant.equals(probe.variant()) || !probe.startedItsRoute()) {
                throw failure(variant, "did not start its route: " + line, out, err);
            }
            return probe;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static IllegalStateException failure(String variant, String what, Path out, Path err) {
        try {
            return new IllegalStateException("startup probe '" + variant + "' " + what + "\n--- stdout:\n"
                    + Files.readString(out) + "--- stderr:\n" + Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The class path the probe JVMs need: this JVM's. When that is a single jar (surefire's manifest-only boot jar,
     * or a launcher jar), the jar's {@code Class-Path} manifest entries are added, so that the probe finds Camel and
     * the component however this JVM was started.
     */
    static String childClassPath() throws IOException {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(File.pathSeparator);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return classPath;
        }
        Path jar = Path.of(entries[0]).toAbsolutePath();
        List<String> expanded = new ArrayList<>(List.of(jar.toString()));
        try (JarFile file = new JarFile(jar.toFile())) {
            String manifestPath = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (manifestPath != null) {
                URI base = jar.getParent().toUri();
                for (String entry : manifestPath.trim().split("\\s+")) {
                    expanded.add(Path.of(base.resolve(entry)).toString());
                }
            }
        }
        return String.join(File.pathSeparator, expanded);
    }

    /** A port nothing listens on: the endpoints need a URL, and nothing is ever sent to it. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
