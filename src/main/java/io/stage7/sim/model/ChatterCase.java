package io.stage7.sim.model;

import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;

/** A Sales-Support Chatter case; its scheduled event is its opening. */
final class ChatterCase extends WorkItem implements Action {

    final String id;
    final long opened;
    private final DeskRun run;

    ChatterCase(DeskRun run, long sequence, String id, RegionDesk region, double priority, long opened,
                long workMillis, boolean counted) {
        super(sequence, region, priority, opened, workMillis, counted);
        this.run = run;
        this.id = id;
        this.opened = opened;
    }

    @Override
    boolean isCase() {
        return true;
    }

    @Override
    public void fire(Simulation simulation) {
        run.openCase(this);
    }
}
