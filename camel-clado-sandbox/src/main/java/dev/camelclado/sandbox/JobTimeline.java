package dev.camelclado.sandbox;

import java.time.Duration;

/**
 * How long a sandbox job stays in each status, in sandbox-clock time. Deep research goes
 * {@code pending → searching → processing → completed} on every run (the start, then each continue); bulk contacts
 * go {@code pending → processing → completed}, spending {@link #processingPerItem()} per URL in processing (with
 * {@link #processing()} as the minimum). Progress figures follow {@link #curve()} through each phase. With
 * {@link #failAfter()} set, a run that would not be over by then ends in {@code error} that long after it started.
 */
public record JobTimeline(Duration pending, Duration searching, Duration processing, Duration processingPerItem,
        ProgressCurve curve, Duration failAfter) {

    /** Close to what the real API takes for a small job: about two minutes. */
    public static final JobTimeline DEFAULT = new JobTimeline(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofSeconds(60), Duration.ofMillis(200));

    public JobTimeline {
        for (Duration d : new Duration[] { pending, searching, processing, processingPerItem }) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("job phase durations must be zero or positive");
            }
        }
        if (curve == null) {
            throw new IllegalArgumentException("a progress curve is required");
        }
        if (failAfter != null && failAfter.isNegative()) {
            throw new IllegalArgumentException("failAfter must be zero or positive (or null for never)");
        }
    }

    /** Linear progress, never failing. */
    public JobTimeline(Duration pending, Duration searching, Duration processing, Duration processingPerItem) {
        this(pending, searching, processing, processingPerItem, ProgressCurve.LINEAR, null);
    }

    /** The same phases for both kinds of job: a bulk job spends {@code processing} whatever its size. */
    public static JobTimeline of(Duration pending, Duration searching, Duration processing) {
        return new JobTimeline(pending, searching, processing, Duration.ZERO);
    }

    public JobTimeline withCurve(ProgressCurve curve) {
        return new JobTimeline(pending, searching, processing, processingPerItem, curve, failAfter);
    }

    /** Each run ends in {@code error} this long after it starts, unless it is over sooner; null for never. */
    public JobTimeline failingAfter(Duration failAfter) {
        return new JobTimeline(pending, searching, processing, processingPerItem, curve, failAfter);
    }

    public JobTimeline withProcessingPerItem(Duration processingPerItem) {
        return new JobTimeline(pending, searching, processing, processingPerItem, curve, failAfter);
    }

    public Duration deepResearchTotal() {
        return pending.plus(searching).plus(processing);
    }

    public Duration bulkProcessing(int items) {
        Duration perItems = processingPerItem.multipliedBy(items);
        return perItems.compareTo(processing) > 0 ? perItems : processing;
    }
}
