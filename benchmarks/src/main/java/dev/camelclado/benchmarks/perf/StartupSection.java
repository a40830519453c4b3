package dev.camelclado.benchmarks.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8, measurement 6: how long a CamelContext with one route takes to start, with the clado component and
 * without it, each sample in a fresh JVM ({@link StartupMain}); startup in a warm JVM would say nothing.
 */
final class StartupSection {

    static final List<String> VARIANTS = List.of("none", "http", "clado");
    private static final Pattern FIGURE = Pattern.compile("(\\w+)=(\\S+)");

    private StartupSection() {
    }

    record Sample(long contextStartMillis, long uptimeMillis, long processMillis, long classes) {
    }

    static Section run(Effort effort) throws Exception {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        VARIANTS.forEach(v -> samples.put(v, new ArrayList<>()));
        int rounds = effort.quick() ? effort.rounds() : effort.rounds() + 2;
        for (int round = 0; round < effort.warmups() + rounds; round++) {
            for (int i = 0; i < VARIANTS.size(); i++) {
                String variant = VARIANTS.get((round + i) % VARIANTS.size());
                Sample sample = probe(variant);
                if (round >= effort.warmups()) {
                    samples.get(variant).add(sample);
                }
            }
        }
        Section section = new Section("6. Startup: a CamelContext with one route",
                "Route", "Context build + start ms", "JVM uptime at started ms", "Whole process ms", "Classes loaded",
                "vs camel-http route");
        section.describe("Each sample is a fresh JVM (`-Xms1g -Xmx1g -XX:+UseG1GC`, the benchmark's class path) that"
                + " builds a `DefaultCamelContext` with one route, starts it, prints its figures and exits: `none` is"
                + " `from(\"direct:start\").to(\"log:startup\")` (Camel alone), `http` the camel-http route of"
                + " measurement 1, `clado` `from(\"direct:start\").to(\"clado:deepResearch/status?...\")` in direct"
                + " mode. Nothing is called. " + effort.warmups() + " warm-up round(s) discarded (disk cache), then "
                + rounds + " rounds, the variants in rotating order; median (min–max).");
        Map<String, Double> medianStart = new LinkedHashMap<>();
        for (String variant : VARIANTS) {
            List<Sample> list = samples.get(variant);
            Spread start = Spread.of(list.stream().map(s -> (double) s.contextStartMillis()).toList());
            medianStart.put(variant, start.median());
            section.row(variant, start.format(0),
                    Spread.of(list.stream().map(s -> (double) s.uptimeMillis()).toList()).format(0),
                    Spread.of(list.stream().map(s -> (double) s.processMillis()).toList()).format(0),
                    Spread.of(list.stream().map(s -> (double) s.classes()).toList()).format(0),
                    variant.equals("http") ? "" : String.format(Locale.ROOT, "%+.0f ms",
                            start.median() - Spread.of(samples.get("http").stream()
                                    .map(s -> (double) s.contextStartMillis()).toList()).median()));
        }
        section.finding(String.format(Locale.ROOT, "A context with a `clado:` route starts in %.0f ms: %+.0f ms against"
                + " the camel-http route and %+.0f ms against Camel alone (the issue sets no goal here).",
                medianStart.get("clado"), medianStart.get("clado") - medianStart.get("http"),
                medianStart.get("clado") - medianStart.get("none")));
        return section;
    }

    static Sample probe(String variant) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-cp", classPath(),
                StartupMain.class.getName(), variant);
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("startup probe '" + variant + "' did not end within 60 s");
        }
        long processMillis = (System.nanoTime() - launched) / 1_000_000;
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String line = output.lines().filter(l -> l.startsWith("STARTUP ")).findFirst().orElseThrow(
                () -> new IllegalStateException("startup probe '" + variant + "' exited " + process.exitValue()
                        + " without its figures:\n" + output));
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher matcher = FIGURE.matcher(line);
        while (matcher.find()) {
            figures.put(matcher.group(1), matcher.group(2));
        }
        if (!"1".equals(figures.get("routes")) || !"true".equals(figures.get("started"))
                || !figures.getOrDefault("schemes", "").contains(variant.equals("none") ? "log" : variant)) {
            throw new IllegalStateException("startup probe '" + variant + "' did not start its route: " + line);
        }
        return new Sample(Long.parseLong(figures.get("contextStartMs")), Long.parseLong(figures.get("uptimeMs")),
                processMillis, Long.parseLong(figures.get("classes")));
    }

    /** Surefire sets {@code java.class.path} to the test class path even when it boots from a manifest-only jar. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
