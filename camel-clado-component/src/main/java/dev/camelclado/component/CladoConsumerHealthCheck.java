package dev.camelclado.component;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/**
 * Camel's poll health plus what a Clado consumer knows from its own bookkeeping: DOWN from a failed read until a read
 * succeeds again (Camel's error counter alone forgets a failure at the next run, and most runs read nothing), when a
 * read last succeeded, how many jobs it watches, what reading cost. It never calls Clado: in mpp mode every
 * call is paid, and a health probe must not spend money.
 */
public class CladoConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final CladoConsumer consumer;

    public CladoConsumerHealthCheck(CladoConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result polled = super.call(options);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(polled.getState())
                .details(polled.getDetails());
        polled.getMessage().ifPresent(builder::message);
        polled.getError().ifPresent(builder::error);
        CladoException failing = consumer.getUnrecoveredFailure();
        if (failing != null && isEnabled()) {
            builder.down();
            builder.message("Status reads of route " + consumer.getRouteId() + " fail and none has succeeded since: "
                    + failing.getMessage());
            builder.error(failing);
        }
        builder.detail("clado.lastSuccessfulRead", consumer.getLastSuccessfulRead() == null
                ? "never" : consumer.getLastSuccessfulRead().toString());
        builder.detail("clado.lastRun", consumer.getLastRun() == null ? "never" : consumer.getLastRun().toString());
        builder.detail("clado.reads", consumer.getReads());
        builder.detail("clado.failedReads", consumer.getFailedReads());
        builder.detail("clado.events", consumer.getEvents());
        builder.detail("clado.spent", consumer.getSpent());
        try {
            builder.detail("clado.watchedJobs", consumer.watches().stream().filter(w -> w.isActive()).count());
        } catch (RuntimeException e) {
            // an unreachable watch repository (a database) is worth knowing, not a reason to fail the probe
            builder.detail("clado.watchedJobs", "unknown: " + e.getMessage());
        }
        if (consumer.getRateLimitedUntil() != null) {
            builder.detail("clado.rateLimitedUntil", consumer.getRateLimitedUntil().toString());
        }
        return builder.build();
    }
}
