package io.stage7.sim.model;

import io.stage7.check.FieldKind;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;
import io.stage7.scenario.FieldSpec;
import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.SimTime;
import io.stage7.sim.kernel.Simulation;
import io.stage7.sim.random.RandomStream;
import io.stage7.sim.random.RandomStreams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The arrivals of one synthetic source in one run: thinning candidates on stream
 * {@code arrivals/<source>}, and each submission's fields drawn on streams {@code fields/<path>}
 * (shared by sources, so a field's draws do not depend on which other fields exist). Its scheduled
 * event is the next candidate arrival; each kept arrival goes to a {@link Sink}.
 */
final class SourceArrivals implements Action {

    /**
     * Where kept arrivals go: the desk in a run ({@link DeskRun}), or a trace when the load is
     * only sampled ({@link LoadSample}). The sink draws the record with {@link #draw}.
     */
    interface Sink {
        void arrive(String source, ZoneId zone, long now, SourceArrivals arrivals);
    }

    private final Sink sink;
    private final SourceSetup source;
    private final RecordType type;
    private final RandomStream arrivals;
    private final RandomStream[] fieldStreams;
    /** Per field, a multi-select spec's options in the field's declared order (null for other specs). */
    private final List<List<Map.Entry<String, Double>>> multiOptions = new ArrayList<>();
    private final double maxRate;
    private final long end;

    SourceArrivals(Sink sink, SourceSetup source, RecordType type, RandomStreams streams, long end) {
        this.sink = sink;
        this.source = source;
        this.type = type;
        this.end = end;
        arrivals = streams.stream("arrivals/" + source.name());
        fieldStreams = new RandomStream[source.fields().size()];
        for (int i = 0; i < fieldStreams.length; i++) {
            FieldPlan plan = source.fields().get(i);
            fieldStreams[i] = streams.stream("fields/" + plan.path());
            multiOptions.add(plan.spec() instanceof FieldSpec.Multi ? plan.multiOptions() : null);
        }
        maxRate = source.maxRatePerHour();
    }

    /** Schedules the first candidate after {@code from}. */
    void start(Simulation simulation, long from) {
        scheduleAfter(simulation, from);
    }

    @Override
    public void fire(Simulation simulation) {
        long now = simulation.nowMillis();
        if (arrivals.nextDouble() * maxRate < source.ratePerHour(now)) {
            sink.arrive(source.name(), source.calendar().zone(), now, this);
        }
        scheduleAfter(simulation, now);
    }

    private void scheduleAfter(Simulation simulation, long from) {
        if (!(maxRate > 0)) {
            return;
        }
        double gapHours = -Math.log(arrivals.nextOpenDouble()) / maxRate;
        long next = from + Math.max(1, SimTime.millisFromHours(gapHours));
        if (next < end) {
            simulation.schedule(next, this);
        }
    }

    /**
     * A new submission's record, its fields drawn per the scenario; its id is
     * {@code <source>-<sequence>}, {@code sequence} counting the run's submissions from 1.
     */
    DataRecord draw(long sequence, long now) {
        RecordBuilder builder = DataRecord.builder(type).id(source.name() + "-" + sequence);
        for (int i = 0; i < fieldStreams.length; i++) {
            FieldPlan plan = source.fields().get(i);
            builder.set(plan.slot(), value(plan, fieldStreams[i], multiOptions.get(i), sequence, now));
        }
        return builder.build();
    }

    private Object value(FieldPlan plan, RandomStream stream, List<Map.Entry<String, Double>> options, long sequence,
                         long now) {
        FieldSpec spec = plan.spec();
        if (spec.blank() > 0 && stream.nextDouble() < spec.blank()) {
            return null;
        }
        FieldKind kind = plan.field().kind();
        if (spec instanceof FieldSpec.Constant) {
            return plan.constant();
        } else if (spec instanceof FieldSpec.Numeric numeric) {
            return BigDecimal.valueOf(numeric.distribution().sample(stream)).setScale(numeric.scale(), RoundingMode.HALF_UP);
        } else if (spec instanceof FieldSpec.Flag flag) {
            return flag.ticked().sample(stream);
        } else if (spec instanceof FieldSpec.Choice choice) {
            String chosen = choice.values().sample(stream);
            return plan.choices() == null ? chosen : plan.choices().get(chosen);
        } else if (spec instanceof FieldSpec.Multi) {
            SortedSet<String> selected = new TreeSet<>();
            for (Map.Entry<String, Double> option : options) {
                if (stream.nextDouble() < option.getValue()) {
                    selected.add(option.getKey());
                }
            }
            return selected;
        } else if (spec instanceof FieldSpec.Template template) {
            return template.template().replace("{seq}", Long.toString(sequence)).replace("{source}", source.name());
        } else if (spec instanceof FieldSpec.DaysFromSubmission days) {
            double offset = days.days().sample(stream);
            if (kind == FieldKind.DATE) {
                return source.calendar().localDate(Instant.ofEpochMilli(now)).plusDays(Math.round(offset));
            }
            return Instant.ofEpochMilli(now + Math.round(offset * 86_400_000d));
        } else {
            Instant instant = Instant.ofEpochMilli(now);
            return kind == FieldKind.DATE ? source.calendar().localDate(instant) : instant;
        }
    }
}
