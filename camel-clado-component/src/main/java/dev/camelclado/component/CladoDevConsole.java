package dev.camelclado.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

import dev.camelclado.component.watch.JobWatch;

/**
 * The {@code clado} dev console: each running consumer, what it reads and what that cost, and the jobs it watches
 * with their statuses, reads and spend. From bookkeeping only; it makes no call to Clado.
 */
@DevConsole(name = "clado", displayName = "Clado", description = "Clado job watches: statuses, reads and spend")
public class CladoDevConsole extends AbstractDevConsole {

    public CladoDevConsole() {
        super("camel", "clado", "Clado", "Clado job watches: statuses, reads and spend");
    }

    private List<CladoConsumer> consumers() {
        Set<CladoConsumer> found = new LinkedHashSet<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof CladoComponent component) {
                found.addAll(component.consumers());
            }
        }
        return new ArrayList<>(found);
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (CladoConsumer consumer : consumers()) {
            sb.append(String.format("%n    Route: %s", consumer.getRouteId()));
            sb.append(String.format("%n    From: %s", uri(consumer)));
            sb.append(String.format("%n    Mode: %s, schedule: %s", consumer.getEndpoint().getConfiguration().getMode(),
                    consumer.getSchedule()));
            sb.append(String.format("%n    Reads: %d (%d failed), events: %d, spent: %d base units",
                    consumer.getReads(), consumer.getFailedReads(), consumer.getEvents(), consumer.getSpent()));
            sb.append(String.format("%n    Last successful read: %s", text(consumer.getLastSuccessfulRead())));
            if (consumer.getRateLimitedUntil() != null && consumer.getRateLimitedUntil().isAfter(Instant.now())) {
                sb.append(String.format("%n    Rate limited until: %s", consumer.getRateLimitedUntil()));
            }
            for (JobWatch watch : watches(consumer)) {
                sb.append(String.format("%n        Job %s: %s, %s, reads %d, read cost %d, job cost %d, next read %s",
                        watch.getJobId(), status(watch), watch.isActive() ? "watched" : "ended (" + watch.getEndReason() + ")",
                        watch.getPolls(), watch.getPollCost(), watch.getStartCost() + watch.getPollCost(),
                        text(watch.getNextPollAt())));
                if (watch.getLastError() != null) {
                    sb.append(String.format("%n            Last error: %s", watch.getLastError()));
                }
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        root.put("consumers", list);
        for (CladoConsumer consumer : consumers()) {
            JsonObject jo = new JsonObject();
            jo.put("routeId", consumer.getRouteId());
            jo.put("uri", uri(consumer));
            jo.put("kind", consumer.getKind().name());
            jo.put("mode", consumer.getEndpoint().getConfiguration().getMode().name());
            jo.put("schedule", String.valueOf(consumer.getSchedule()));
            jo.put("reads", consumer.getReads());
            jo.put("failedReads", consumer.getFailedReads());
            jo.put("events", consumer.getEvents());
            jo.put("spent", consumer.getSpent());
            jo.put("lastSuccessfulRead", text(consumer.getLastSuccessfulRead()));
            JsonArray jobs = new JsonArray();
            for (JobWatch watch : watches(consumer)) {
                JsonObject job = new JsonObject();
                job.put("jobId", watch.getJobId());
                job.put("status", status(watch));
                job.put("emittedStatus", watch.getEmittedStatus());
                job.put("active", watch.isActive());
                job.put("endReason", watch.getEndReason());
                job.put("reads", watch.getPolls());
                job.put("readCost", watch.getPollCost());
                job.put("jobCost", watch.getStartCost() + watch.getPollCost());
                job.put("nextRead", text(watch.getNextPollAt()));
                job.put("lastError", watch.getLastError());
                jobs.add(job);
            }
            jo.put("jobs", jobs);
            list.add(jo);
        }
        return root;
    }

    private static List<JobWatch> watches(CladoConsumer consumer) {
        try {
            return consumer.watches();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String uri(CladoConsumer consumer) {
        return URISupport.sanitizeUri(consumer.getEndpoint().getEndpointUri());
    }

    private static String status(JobWatch watch) {
        return watch.getObservedStatus() != null ? watch.getObservedStatus() : "not read yet";
    }

    private static String text(Instant instant) {
        return instant == null ? "never" : instant.toString();
    }
}
