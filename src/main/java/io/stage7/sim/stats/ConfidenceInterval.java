package io.stage7.sim.stats;

/** An estimate ± a half-width at a confidence level, such as 0.962 ± 0.012 at 95%. */
public record ConfidenceInterval(double estimate, double halfWidth, double level) {

    public ConfidenceInterval {
        if (!(halfWidth >= 0)) {
            throw new IllegalArgumentException("half-width must be non-negative, got " + halfWidth);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, got " + level);
        }
    }

    /** The lower end. */
    public double low() {
        return estimate - halfWidth;
    }

    /** The upper end. */
    public double high() {
        return estimate + halfWidth;
    }

    /** Whether {@code value} lies inside the interval, ends included. */
    public boolean contains(double value) {
        return value >= low() && value <= high();
    }

    /**
     * Whether the interval excludes zero: for an interval on a difference between two
     * configurations, whether the difference is significant at this level.
     */
    public boolean excludesZero() {
        return !contains(0);
    }

    @Override
    public String toString() {
        return estimate + " ± " + halfWidth + " (" + level * 100 + "%)";
    }
}
