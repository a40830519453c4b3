package dev.camelclado.sandbox;

import java.time.Duration;

/**
 * How long a sandbox job stays in each status, in sandbox-clock time. Deep research goes
 * {@code pending → searching → processing → completed}; bulk contacts go {@code pending → processing → completed},
 * spending {@link #processingPerItem()} per URL in processing (with {@link #processing()} as the minimum).
 */
public record JobTimeline(Duration pending, Duration searching, Duration processing, Duration processingPerItem) {

    /** Close to what the real API takes for a small job: about two minutes. */
    public static final JobTimeline DEFAULT = new JobTimeline(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofSeconds(60), Duration.ofMillis(200));

    public JobTimeline {
        for (Duration d : new Duration[] { pending, searching, processing, processingPerItem }) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("job phase durations must be zero or positive");
            }
        }
    }

    public Duration deepResearchTotal() {
        return pending.plus(searching).plus(processing);
    }

    public Duration bulkProcessing(int items) {
        Duration perItems = processingPerItem.multipliedBy(items);
        return perItems.compareTo(processing) > 0 ? perItems : processing;
    }
}
