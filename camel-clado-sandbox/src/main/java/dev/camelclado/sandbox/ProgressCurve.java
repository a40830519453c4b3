package dev.camelclado.sandbox;

/**
 * How a job's progress figures grow over a phase ({@code search_chunk_done} while searching, results while
 * processing, {@code processed} of a bulk job): a poller that estimates when a job will be done meets more than
 * straight lines on the real API.
 */
public enum ProgressCurve {

    /** Progress proportional to time. */
    LINEAR,
    /** Slow start, fast finish: x². */
    EASE_IN,
    /** Fast start, slow finish: 1 − (1 − x)². */
    EASE_OUT,
    /** Progress in four jumps: ⌊4x⌋ / 4. */
    STEPS;

    /**
     * The share of a phase's work done when {@code fraction} of its time has passed; both are clamped to
     * {@code [0, 1]}.
     */
    public double apply(double fraction) {
        if (Double.isNaN(fraction)) {
            throw new IllegalArgumentException("fraction must be a number");
        }
        double x = clamp(fraction);
        double done = switch (this) {
            case LINEAR -> x;
            case EASE_IN -> x * x;
            case EASE_OUT -> 1 - (1 - x) * (1 - x);
            case STEPS -> Math.floor(4 * x) / 4;
        };
        return clamp(done);
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
