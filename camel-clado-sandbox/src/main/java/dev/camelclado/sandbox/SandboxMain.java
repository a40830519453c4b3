package dev.camelclado.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar camel-clado-sandbox-<version>-standalone.jar [--port 8089] [--host 127.0.0.1]
 * [--api-key lk_...] [--credits 100000] [--speed 1] [--manual-clock] [--latency-ms 0]}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CladoSandbox.Builder builder = CladoSandbox.builder().port(8089);
        String apiKey = CladoSandbox.DEFAULT_API_KEY;
        long credits = CladoSandbox.DEFAULT_CREDITS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
                case "--host" -> builder.host(value(args, ++i, arg));
                case "--api-key" -> apiKey = value(args, ++i, arg);
                case "--credits" -> credits = Long.parseLong(value(args, ++i, arg));
                case "--speed" -> builder.speed(Double.parseDouble(value(args, ++i, arg)));
                case "--manual-clock" -> builder.clock(SandboxClock.manual(Instant.now()));
                case "--latency-ms" -> builder.latency(Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar camel-clado-sandbox-standalone.jar [--port 8089] [--host 127.0.0.1]"
                            + " [--api-key KEY] [--credits N] [--speed X] [--manual-clock] [--latency-ms N]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
            }
        }
        CladoSandbox sandbox = builder.apiKey(apiKey, credits).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "clado-sandbox-shutdown"));
        System.out.println("Clado sandbox listening on " + sandbox.baseUrl() + " (Ctrl-C to stop)");
        System.out.println("  camel.component.clado.base-url=" + sandbox.baseUrl());
        System.out.println("  accepted API key: " + (apiKey.equals(CladoSandbox.DEFAULT_API_KEY) ? apiKey : "(as given)"));
        stopped.await();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
