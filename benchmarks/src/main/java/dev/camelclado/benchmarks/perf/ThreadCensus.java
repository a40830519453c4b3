package dev.camelclado.benchmarks.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the threads a client under test keeps alive, sampling every few milliseconds: the threads that existed
 * before the client was built (the JVM's, the sandbox's, earlier benchmarks') and the sandbox's by name are not the
 * client's. The peak is what the concurrency benchmark reports.
 */
final class ThreadCensus implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Set<Long> before = new HashSet<>();
    private final Map<Long, Boolean> clientThread = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile int peak;

    private ThreadCensus() {
        for (long id : THREADS.getAllThreadIds()) {
            before.add(id);
        }
        sampler = new Thread(this::sample, "benchmark-thread-census");
        sampler.setDaemon(true);
        before.add(sampler.getId());
    }

    /** Call before building the client, so that its threads are the new ones. */
    static ThreadCensus beforeClient() {
        return new ThreadCensus();
    }

    /** Starts a new sampling period, its peak reported by {@link #peakSinceReset()}. */
    synchronized void start() {
        if (!sampler.isAlive()) {
            sampler.start();
        }
        peak = 0;
    }

    int peakSinceReset() {
        return peak;
    }

    private void sample() {
        while (running) {
            int count = 0;
            for (long id : THREADS.getAllThreadIds()) {
                if (!before.contains(id) && clientThread.computeIfAbsent(id, ThreadCensus::isClientThread)) {
                    count++;
                }
            }
            if (count > peak) {
                peak = count;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isClientThread(long id) {
        ThreadInfo info = THREADS.getThreadInfo(id);
        if (info == null) {
            return false;
        }
        String name = info.getThreadName();
        return !name.startsWith("clado-sandbox") && !name.startsWith("HTTP-Dispatcher")
                && !name.equals("idle-timeout-task");
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
