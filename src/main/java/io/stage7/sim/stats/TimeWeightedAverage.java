package io.stage7.sim.stats;

/**
 * The time average of a quantity that changes at events and holds between them: queue length,
 * specialists busy, backlog. Keeps the integral of the value over time, so memory is constant
 * however long the run. Times are longs in the caller's unit (the kernel's epoch milliseconds);
 * averages come out in the value's unit. Mutable, not thread-safe.
 */
public final class TimeWeightedAverage {

    private long start;
    private long lastTime;
    private double value;
    private double integral;

    /** Starts observing at {@code startTime}, with the quantity at {@code initialValue}. */
    public TimeWeightedAverage(long startTime, double initialValue) {
        start = startTime;
        lastTime = startTime;
        value = initialValue;
    }

    /** The quantity changes to {@code newValue} at {@code time}. */
    public void set(long time, double newValue) {
        advance(time);
        value = newValue;
    }

    /** The quantity changes by {@code delta} at {@code time}. */
    public void add(long time, double delta) {
        set(time, value + delta);
    }

    /** The quantity's current value. */
    public double value() {
        return value;
    }

    /**
     * Forgets everything before {@code time} and observes from there, keeping the current value:
     * for deleting a warm-up period.
     */
    public void restart(long time) {
        advance(time);
        start = time;
        integral = 0;
    }

    /** The integral of the quantity from the start to {@code time}. */
    public double integral(long time) {
        requireNotBefore(time);
        return integral + value * (double) (time - lastTime);
    }

    /** The time average from the start to {@code time}. @throws IllegalArgumentException if no time has passed */
    public double average(long time) {
        requireNotBefore(time);
        if (time == start) {
            throw new IllegalArgumentException("no time has passed since the start, " + start);
        }
        return integral(time) / (double) (time - start);
    }

    private void advance(long time) {
        requireNotBefore(time);
        integral += value * (double) (time - lastTime);
        lastTime = time;
    }

    private void requireNotBefore(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("time " + time + " is before the last change at " + lastTime);
        }
    }
}
