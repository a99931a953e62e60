package io.stage7.sim.model;

import io.stage7.calendar.PeriodKind;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;
import io.stage7.functions.FormulaError;
import io.stage7.sim.random.Distribution;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules' verdict on one submission at its submission instant (a resubmission with its previous
 * attempt as the record's prior version, for ISNEW, ISCHANGED and PRIORVALUE): whether it misses an
 * error-severity requirement, the route of the object's routing set (queue, region, priority,
 * complexity, not_before), and whether it asks to be escalated; an escalation is refused inside the
 * policy's period-end windows on the handling region's calendar, and otherwise jumps to the
 * scenario's escalated priority. A rule that fails at run time, no route, a region the scenario
 * does not staff, or a complexity the scenario has no review time for makes it unroutable. Immutable.
 */
final class Triage {

    /** What the rules made of a submission. */
    sealed interface Verdict permits Routed, Unroutable {
    }

    /** Routed to a staffed region's queue; {@code violations} are the rules' (warnings too). */
    record Routed(RegionSetup region, String queue, double priority, String complexity, EscalationStatus escalation,
                  boolean defective, long notBefore, String periodEnd, Distribution reviewHours,
                  List<Violation> violations) implements Verdict {
    }

    /** Cannot be worked; {@code reason} is a category fit for a count ("rule X failed", "region Y is not staffed"). */
    record Unroutable(String reason) implements Verdict {
    }

    private final Evaluator evaluator;
    private final String routing;
    private final Map<String, RegionSetup> regionsByKey;
    private final Optional<EscalationCheck> escalation;
    private final Set<PeriodKind> refusedDuring;
    private final double escalatedPriority;
    private final Map<String, Distribution> reviewHours;

    Triage(Evaluator evaluator, String routing, Map<String, RegionSetup> regionsByKey,
           Optional<EscalationCheck> escalation, Set<PeriodKind> refusedDuring, double escalatedPriority,
           Map<String, Distribution> reviewHours) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.routing = routing;
        this.regionsByKey = regionsByKey;
        this.escalation = escalation;
        this.refusedDuring = Set.copyOf(refusedDuring);
        this.escalatedPriority = escalatedPriority;
        this.reviewHours = reviewHours;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The verdict on {@code record} submitted at {@code nowMillis}; {@code prior} is the record as
     * its previous attempt was submitted (a resubmission after rework), or empty for a first
     * submission, which the rules see as a new record.
     */
    Verdict triage(DataRecord record, Optional<DataRecord> prior, long nowMillis, ZoneId zone) {
        Instant now = Instant.ofEpochMilli(nowMillis);
        EvalContext context = new EvalContext(now, zone, prior);
        Decision decision = evaluator.evaluate(record, context);
        List<RuleFailure> failures = decision.failures();
        if (!failures.isEmpty()) {
            return new Unroutable("rule " + failures.get(0).rule() + " failed");
        }
        Optional<Route> found = decision.route(routing);
        if (found.isEmpty()) {
            return new Unroutable("routing " + routing + " gave no route");
        }
        Route route = found.get();
        RegionSetup region = regionsByKey.get(key(route.region()));
        if (region == null) {
            return new Unroutable("region " + route.region() + " is not staffed in the scenario");
        }
        String complexity = route.complexity().orElse("");
        Distribution review = reviewHours.get(complexity);
        if (review == null) {
            return new Unroutable("no review time for complexity '" + complexity + "'");
        }
        EscalationStatus status = EscalationStatus.NONE;
        if (escalation.isPresent()) {
            boolean requested;
            try {
                requested = escalation.get().requested(record, context);
            } catch (FormulaError error) {
                return new Unroutable("escalation formula failed");
            }
            if (requested) {
                status = refused(region, now) ? EscalationStatus.REFUSED : EscalationStatus.ACCEPTED;
            }
        }
        double priority = status == EscalationStatus.ACCEPTED ? escalatedPriority
                : route.priority().map(p -> p.doubleValue()).orElse(Double.POSITIVE_INFINITY);
        long notBefore = route.notBefore().map(Instant::toEpochMilli).orElse(nowMillis);
        return new Routed(region, route.queue(), priority, complexity, status, decision.hasErrors(), notBefore,
                region.periodEndLabel(nowMillis), review, decision.violations());
    }

    private boolean refused(RegionSetup region, Instant now) {
        for (PeriodKind kind : refusedDuring) {
            if (region.periodEnds().isPeriodEnd(now, kind)) {
                return true;
            }
        }
        return false;
    }
}
