package dev.camelclado.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Counts the inputs a fuzz target ran and writes one line per target to {@code target/fuzz-summary/<class>.txt} (and
 * the console). libFuzzer's own {@code #N DONE} line is buried in thousands of lines of progress, and is missing when a
 * finding stops the run; the count is what tells a long run from one that stopped after its seeds.
 */
final class InputCounter implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private final LongAdder inputs = new LongAdder();
    private final LongAdder failed = new LongAdder();
    /**
     * When the first input ran: the JVM start and Jazzer's set-up (about 10 s) are not fuzzing time. Volatile because
     * in regression mode the inputs run in JUnit's timeout threads.
     */
    private volatile long firstInputNanos;

    /** Called first thing by the fuzz target, once per input. */
    void count() {
        if (firstInputNanos == 0) {
            firstInputNanos = System.nanoTime();
        }
        inputs.increment();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        firstInputNanos = 0;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed.increment();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        double seconds = firstInputNanos == 0 ? 0 : (System.nanoTime() - firstInputNanos) / 1e9;
        String fuzz = System.getenv("JAZZER_FUZZ");
        String target = context.getRequiredTestClass().getSimpleName();
        String line = String.format(Locale.ROOT, "%-28s %-10s inputs=%-10d seconds=%-8.1f inputs/s=%-8.0f failed=%d"
                + "  %s  %d CPUs %s Java %s", target, fuzz == null || fuzz.isEmpty() ? "regression" : "fuzzing",
                inputs.sum(), seconds, inputs.sum() / Math.max(seconds, 1e-9), failed.sum(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.println("[fuzz] " + line);
        Path dir = Path.of(System.getProperty("fuzz.summary", "target/fuzz-summary"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(target + ".txt"), line + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
