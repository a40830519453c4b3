package dev.camelclado.mpp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves a millisecond each time it is read, so that each challenge issued with it has its own id. */
public final class TickingClock extends Clock {

    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    public TickingClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusMillis(ticks.incrementAndGet());
    }
}
