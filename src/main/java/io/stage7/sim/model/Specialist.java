package io.stage7.sim.model;

import io.stage7.sim.kernel.Action;
import io.stage7.sim.kernel.Simulation;

/**
 * One specialist of a region. On shift while the region's support calendar is open and they are
 * rostered that day (within the day's headcount and not absent). A specialist whose shift ends
 * mid-review finishes it, then goes off. Their scheduled event is the end of the current review.
 */
final class Specialist implements Action {

    final RegionDesk home;
    final int index;
    private final DeskRun run;

    boolean rostered;
    boolean onShift;
    boolean idle;
    WorkItem current;

    Specialist(DeskRun run, RegionDesk home, int index) {
        this.run = run;
        this.home = home;
        this.index = index;
    }

    boolean isBusy() {
        return current != null;
    }

    @Override
    public void fire(Simulation simulation) {
        run.finishWork(this);
    }
}
