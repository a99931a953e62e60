package io.stage7.sim.report.html;

import io.stage7.sim.model.SlaTarget;

import java.util.Optional;

/**
 * The bins of the time-to-decision histogram: {@code bins} bins of {@code width} hours, then one
 * bin for everything beyond. Bins are closed on the right, like the SLA ("within 12 hours"):
 * bin 0 is [0, w], bin i is (i·w, (i+1)·w], so with the SLA on a bin edge the bins left of the SLA
 * line hold exactly the decisions that met it.
 *
 * @param width hours per bin
 * @param bins  the number of bins before the overflow bin
 */
public record TimeHistogram(double width, int bins) {

    /** Hours shown when no SLA is declared. */
    static final double DEFAULT_HOURS = 24;

    public TimeHistogram {
        if (!(width > 0) || bins < 1) {
            throw new IllegalArgumentException("a histogram needs a positive width and at least one bin");
        }
    }

    /**
     * Bins up to twice the SLA (one hour wide up to a 12-hour SLA, so the 12-business-hour SLA gets
     * 24 bins and an overflow bin), or up to {@value #DEFAULT_HOURS} hours without an SLA.
     */
    public static TimeHistogram forSla(Optional<SlaTarget> sla) {
        double hours = sla.map(SlaTarget::hours).filter(h -> h > 0).orElse(DEFAULT_HOURS / 2);
        double width = Math.max(1, Math.ceil(hours / 12));
        int bins = (int) Math.ceil(2 * hours / width);
        return new TimeHistogram(width, bins);
    }

    /** The bin of a time: 0 to {@code bins - 1}, or {@code bins} (the overflow bin) beyond the last edge. */
    public int bin(double hours) {
        if (!(hours > 0)) {
            return 0;
        }
        double index = Math.ceil(hours / width) - 1;
        return index >= bins ? bins : (int) index;
    }

    /** The upper edge of the last regular bin, where the overflow bin starts. */
    public double overflowFrom() {
        return width * bins;
    }
}
