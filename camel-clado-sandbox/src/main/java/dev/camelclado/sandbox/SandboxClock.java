package dev.camelclado.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the sandbox's jobs run on. Jobs last minutes on the real API; tests and examples compress that with
 * {@link #scaled(double)} or drive it step by step with {@link #manual(Instant)}.
 */
public interface SandboxClock {

    Instant now();

    /** This clock as a {@link java.time.Clock} (UTC), for libraries that take one. */
    default java.time.Clock asJavaClock() {
        SandboxClock self = this;
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }

    /** Wall-clock time. */
    static SandboxClock system() {
        return Instant::now;
    }

    /** Time that runs {@code speed} times faster than the wall clock, starting now. */
    static SandboxClock scaled(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive finite number, was " + speed);
        }
        Instant origin = Instant.now();
        long originNanos = System.nanoTime();
        return () -> origin.plusNanos((long) ((System.nanoTime() - originNanos) * speed));
    }

    /** A clock that moves only when told to. */
    static ManualClock manual(Instant start) {
        return new ManualClock(start);
    }

    /** A clock that moves only when {@link #advance(Duration)} is called. */
    final class ManualClock implements SandboxClock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant now() {
            return now;
        }

        public synchronized void advance(Duration duration) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("a clock does not go back: " + duration);
            }
            now = now.plus(duration);
        }
    }
}
