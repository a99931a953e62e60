package io.stage7.sim.model;

import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;

/** One routed attempt of an opportunity; its scheduled event is the moment it becomes eligible. */
final class Attempt extends WorkItem implements Action {

    final Opportunity opportunity;
    final int number;
    final long submitted;
    final String queue;
    final String complexity;
    final EscalationStatus escalation;
    final boolean defective;
    final String periodEnd;
    private final DeskRun run;

    Attempt(DeskRun run, long sequence, Opportunity opportunity, int number, long submitted, RegionDesk region,
            String queue, double priority, String complexity, EscalationStatus escalation, boolean defective,
            String periodEnd, long workMillis) {
        super(sequence, region, priority, opportunity.firstSubmitted, workMillis, opportunity.counted);
        this.run = run;
        this.opportunity = opportunity;
        this.number = number;
        this.submitted = submitted;
        this.queue = queue;
        this.complexity = complexity;
        this.escalation = escalation;
        this.defective = defective;
        this.periodEnd = periodEnd;
    }

    @Override
    boolean isCase() {
        return false;
    }

    @Override
    public void fire(Simulation simulation) {
        run.becomeEligible(this);
    }
}
