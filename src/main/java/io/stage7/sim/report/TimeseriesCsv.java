package io.stage7.sim.report;

import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.RegionSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code timeseries.csv}: the desk at every time step from the start of the run (warm-up
 * included) and at its end, one row per region per step, written as the run goes.
 */
public final class TimeseriesCsv implements DeskObserver {

    static final String HEADER = "time,region,held,queued,cases_waiting,in_review,busy,on_shift,period_end";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    /** Writes the header now and the rows of each step as the run reports them. */
    public TimeseriesCsv(Writer out) {
        this.out = out;
        write(HEADER + "\n");
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> regions) {
        String at = Format.time(time);
        line.setLength(0);
        for (RegionSnapshot region : regions) {
            line.append(at).append(',').append(Format.csv(region.region())).append(',')
                    .append(region.held()).append(',').append(region.queued()).append(',')
                    .append(region.casesWaiting()).append(',').append(region.inReview()).append(',')
                    .append(region.busy()).append(',').append(region.onShift()).append(',')
                    .append(region.inPeriodEnd()).append('\n');
        }
        write(line);
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
