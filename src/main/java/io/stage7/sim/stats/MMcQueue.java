package io.stage7.sim.stats;

/**
 * The M/M/c queue: Poisson arrivals at {@code arrivalRate}, exponential service at
 * {@code serviceRate} per server, {@code servers} identical servers, first come first served,
 * unlimited waiting room. Steady-state results from the Erlang C formula; times are in the unit
 * the rates are per (rates per hour give hours).
 *
 * <p>This is what a scenario with 24/7 calendars, one region, exponential arrivals and reviews
 * must reproduce, and the yardstick for staffing searches.
 */
public record MMcQueue(double arrivalRate, double serviceRate, int servers) {

    /** @throws IllegalArgumentException unless the rates are positive and the queue is stable (λ &lt; cμ) */
    public MMcQueue {
        if (!(arrivalRate > 0) || Double.isInfinite(arrivalRate)) {
            throw new IllegalArgumentException("arrival rate must be positive, got " + arrivalRate);
        }
        if (!(serviceRate > 0) || Double.isInfinite(serviceRate)) {
            throw new IllegalArgumentException("service rate must be positive, got " + serviceRate);
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, got " + servers);
        }
        if (!(arrivalRate < servers * serviceRate)) {
            throw new IllegalArgumentException("the queue is unstable: arrival rate " + arrivalRate
                    + " is not below the capacity of " + servers + " servers (" + servers * serviceRate + ")");
        }
    }

    /** The offered load a = λ/μ, in erlangs: how many servers the work keeps busy on average. */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** The utilization ρ = λ/(cμ) of each server. */
    public double utilization() {
        return offeredLoad() / servers;
    }

    /**
     * The Erlang C probability that an arrival has to wait, P(W &gt; 0). Computed through the
     * Erlang B recursion, which stays accurate for hundreds of servers.
     */
    public double probabilityOfWaiting() {
        double a = offeredLoad();
        double blocking = 1;
        for (int k = 1; k <= servers; k++) {
            blocking = a * blocking / (k + a * blocking);
        }
        return blocking / (1 - utilization() * (1 - blocking));
    }

    /** The mean wait in queue, Wq = C / (cμ − λ). */
    public double meanWait() {
        return probabilityOfWaiting() / drainRate();
    }

    /** P(W &le; t) = 1 − C·e<sup>−(cμ−λ)t</sup> for t &ge; 0: the service level at wait limit t. */
    public double probabilityWaitAtMost(double t) {
        if (t < 0) {
            return 0;
        }
        return 1 - probabilityOfWaiting() * Math.exp(-drainRate() * t);
    }

    /** The smallest t with P(W &le; t) &ge; p, for 0 &le; p &lt; 1. */
    public double waitQuantile(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("a probability in [0, 1) is needed, got " + p);
        }
        double waiting = probabilityOfWaiting();
        return p <= 1 - waiting ? 0 : Math.log(waiting / (1 - p)) / drainRate();
    }

    /** The mean number waiting, Lq = λ·Wq. */
    public double meanQueueLength() {
        return arrivalRate * meanWait();
    }

    /** The mean time in the system, W = Wq + 1/μ. */
    public double meanTimeInSystem() {
        return meanWait() + 1 / serviceRate;
    }

    /** The mean number in the system, L = λ·W. */
    public double meanNumberInSystem() {
        return arrivalRate * meanTimeInSystem();
    }

    /**
     * The fewest servers for which P(W &le; waitLimit) &ge; serviceLevel: the staffing answer
     * Erlang C gives, which a staffing search on an M/M/c scenario must reproduce.
     */
    public static int minimumServers(double arrivalRate, double serviceRate, double waitLimit, double serviceLevel) {
        if (!(waitLimit >= 0) || !(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("need a wait limit >= 0 and a service level in (0, 1), got "
                    + waitLimit + " and " + serviceLevel);
        }
        double load = arrivalRate / serviceRate;
        int servers = (int) Math.floor(load) + 1;
        while (new MMcQueue(arrivalRate, serviceRate, servers).probabilityWaitAtMost(waitLimit) < serviceLevel) {
            servers++;
        }
        return servers;
    }

    private double drainRate() {
        return servers * serviceRate - arrivalRate;
    }
}
