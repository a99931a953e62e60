package io.stage7.sim.report;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.DeskObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code submissions.csv}: one row per attempt, written as each is decided (or found unroutable),
 * then one per attempt still in flight at the end. Nothing is kept in memory.
 */
public final class SubmissionsCsv implements DeskObserver {

    static final String HEADER = "opportunity,attempt,source,region,queue,priority,complexity,escalation,defective,"
            + "submitted,eligible,started,decided,outcome,reviewer_region,business_hours,wall_hours,sla_met,"
            + "period_end,unroutable_reason";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    /** Writes the header now and a row per attempt as the run reports it. */
    public SubmissionsCsv(Writer out) {
        this.out = out;
        write(HEADER + "\n");
    }

    @Override
    public void attempt(AttemptRow row) {
        line.setLength(0);
        line.append(Format.csv(row.opportunity())).append(',')
                .append(row.attempt()).append(',')
                .append(Format.csv(row.source())).append(',')
                .append(Format.csv(row.region())).append(',')
                .append(Format.csv(row.queue())).append(',')
                .append(Format.decimal(row.priority())).append(',')
                .append(Format.csv(row.complexity())).append(',')
                .append(row.escalation().label()).append(',')
                .append(row.defective()).append(',')
                .append(Format.time(row.submitted())).append(',')
                .append(Format.time(row.eligible())).append(',')
                .append(Format.time(row.started())).append(',')
                .append(Format.time(row.decided())).append(',')
                .append(row.outcome().label()).append(',')
                .append(Format.csv(row.reviewerRegion())).append(',')
                .append(Format.decimal(row.businessHours())).append(',')
                .append(Format.decimal(row.wallHours())).append(',')
                .append(row.slaMet().map(String::valueOf).orElse("")).append(',')
                .append(row.periodEnd()).append(',')
                .append(Format.csv(row.unroutableReason())).append('\n');
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
