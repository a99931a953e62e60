package io.stage7.sim.stats;

/**
 * Little's law, L = λW: the time-average number in a system equals the arrival rate times the
 * average time spent in it. It holds for any stable system and any discipline, which makes it a
 * check on a simulation's bookkeeping rather than on its model.
 */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /** L = λW. */
    public static double numberInSystem(double arrivalRate, double timeInSystem) {
        return arrivalRate * timeInSystem;
    }

    /** W = L/λ. */
    public static double timeInSystem(double numberInSystem, double arrivalRate) {
        return numberInSystem / arrivalRate;
    }

    /** λ = L/W. */
    public static double arrivalRate(double numberInSystem, double timeInSystem) {
        return numberInSystem / timeInSystem;
    }

    /**
     * How far a measured L is from λW, relative to the larger of the two: 0 when the law holds
     * exactly. A finite run measures L over a window while some customers straddle its ends, so
     * expect a small discrepancy that shrinks as the window grows.
     */
    public static double relativeDiscrepancy(double numberInSystem, double arrivalRate, double timeInSystem) {
        double predicted = arrivalRate * timeInSystem;
        double scale = Math.max(Math.abs(numberInSystem), Math.abs(predicted));
        return scale == 0 ? 0 : Math.abs(numberInSystem - predicted) / scale;
    }
}
