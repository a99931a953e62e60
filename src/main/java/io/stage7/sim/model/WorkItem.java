package io.stage7.sim.model;

import java.util.Comparator;

/**
 * Work in a region's queue: an attempt to approve, or a Chatter case. Specialists take the item
 * with the best priority (lowest number), then the oldest (by the opportunity's first submission,
 * or the case's opening), then the first created.
 */
abstract class WorkItem {

    /** The order specialists pick work in. */
    static final Comparator<WorkItem> PICK_ORDER = (a, b) -> {
        int byPriority = Double.compare(a.priority, b.priority);
        if (byPriority != 0) {
            return byPriority;
        }
        int byAge = Long.compare(a.age, b.age);
        return byAge != 0 ? byAge : Long.compare(a.sequence, b.sequence);
    };

    final long sequence;
    final RegionDesk region;
    /** Lower is sooner; unprioritised work is {@code +infinity}, after everything prioritised. */
    final double priority;
    final long age;
    /** The specialist's working time, sampled when the item is created (common random numbers). */
    final long workMillis;
    final boolean counted;

    long eligible = AttemptRow.NEVER;
    long started = AttemptRow.NEVER;
    Specialist reviewer;

    WorkItem(long sequence, RegionDesk region, double priority, long age, long workMillis, boolean counted) {
        this.sequence = sequence;
        this.region = region;
        this.priority = priority;
        this.age = age;
        this.workMillis = workMillis;
        this.counted = counted;
    }

    abstract boolean isCase();
}
