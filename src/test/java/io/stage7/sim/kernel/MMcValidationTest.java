package io.stage7.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stage7.sim.random.Distribution;
import io.stage7.sim.random.Distributions;
import io.stage7.sim.random.RandomStream;
import io.stage7.sim.random.RandomStreams;
import io.stage7.sim.stats.ConfidenceInterval;
import io.stage7.sim.stats.LittlesLaw;
import io.stage7.sim.stats.MMcQueue;
import io.stage7.sim.stats.Summary;
import io.stage7.sim.stats.TimeWeightedAverage;
import org.junit.jupiter.api.Test;

/**
 * The kernel, the random streams and the exponential distribution together reproduce queueing
 * theory: a first-come-first-served queue with c servers, Poisson arrivals and exponential
 * service is the M/M/c queue, whose mean wait and service level Erlang C gives exactly.
 *
 * <p>The queue is written here, in a few dozen lines, so that this test checks the foundations
 * and not the order-management model (which has its own M/M/c scenario test).
 */
class MMcValidationTest {

    private static final double ARRIVALS_PER_HOUR = 9;
    private static final double SERVICES_PER_HOUR = 1;
    private static final int SERVERS = 10;
    private static final double WAIT_LIMIT_HOURS = 0.25;

    private static final long SEED = 20250331;
    /** 30 replications: the 99% interval uses t(0.995, 29) = 2.756. */
    private static final int REPLICATIONS = 30;
    private static final double WARM_UP_HOURS = 500;
    private static final double OBSERVED_HOURS = 20_000;

    @Test
    void meanWaitAndServiceLevelMatchErlangCAndLittlesLawHoldsOnEveryRun() {
        MMcQueue theory = new MMcQueue(ARRIVALS_PER_HOUR, SERVICES_PER_HOUR, SERVERS);
        double[] meanWaits = new double[REPLICATIONS];
        double[] serviceLevels = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Replication run = new Replication(RandomStreams.forReplication(SEED, r));
            run.simulate();

            meanWaits[r] = run.waitHours / run.observed;
            serviceLevels[r] = run.servedWithinLimit / (double) run.observed;
            double arrivalRate = run.observed / OBSERVED_HOURS;
            double meanTimeInSystem = run.timeInSystemHours / run.observed;
            assertEquals(0, LittlesLaw.relativeDiscrepancy(run.meanNumberInSystem, arrivalRate, meanTimeInSystem), 0.005,
                    "L = λW in replication " + r);
            assertEquals(0, LittlesLaw.relativeDiscrepancy(run.meanNumberWaiting, arrivalRate, meanWaits[r]), 0.01,
                    "Lq = λWq in replication " + r);
        }

        ConfidenceInterval meanWait = Summary.of(meanWaits).confidenceInterval(0.99);
        ConfidenceInterval serviceLevel = Summary.of(serviceLevels).confidenceInterval(0.99);
        System.out.printf("M/M/%d, λ=%s, μ=%s over %d replications: mean wait %s (Erlang C %.4f); "
                        + "P(wait <= %s) %s (Erlang C %.4f)%n",
                SERVERS, ARRIVALS_PER_HOUR, SERVICES_PER_HOUR, REPLICATIONS, meanWait, theory.meanWait(),
                WAIT_LIMIT_HOURS, serviceLevel, theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS));

        assertTrue(meanWait.contains(theory.meanWait()), "mean wait " + meanWait + " vs " + theory.meanWait());
        assertTrue(serviceLevel.contains(theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS)),
                "service level " + serviceLevel + " vs " + theory.probabilityWaitAtMost(WAIT_LIMIT_HOURS));
        // The intervals must be narrow enough for "contains" to mean something.
        assertTrue(meanWait.halfWidth() < 0.04 * theory.meanWait(), "mean wait interval too wide: " + meanWait);
        assertTrue(serviceLevel.halfWidth() < 0.01, "service level interval too wide: " + serviceLevel);
    }

    @Test
    void aReplicationIsReproducible() {
        Replication first = new Replication(RandomStreams.forReplication(SEED, 3));
        Replication second = new Replication(RandomStreams.forReplication(SEED, 3));
        first.simulate();
        second.simulate();
        assertEquals(first.waitHours, second.waitHours, 0);
        assertEquals(first.observed, second.observed);
        assertEquals(first.eventsFired, second.eventsFired);
    }

    /** One replication of the queue: arrivals, a FIFO line and c servers, on one {@link Simulation}. */
    private static final class Replication {
        private final Simulation simulation = new Simulation();
        private final RandomStream arrivalStream;
        private final RandomStream serviceStream;
        private final Distribution interArrival = Distributions.exponentialWithRate(ARRIVALS_PER_HOUR).orElseThrow();
        private final Distribution service = Distributions.exponentialWithRate(SERVICES_PER_HOUR).orElseThrow();
        private final long windowStart = SimTime.millisFromHours(WARM_UP_HOURS);
        private final long windowEnd = windowStart + SimTime.millisFromHours(OBSERVED_HOURS);
        private final long waitLimit = SimTime.millisFromHours(WAIT_LIMIT_HOURS);

        // The waiting line: arrival time and (pre-sampled) service time, in a growable ring.
        private long[] lineArrivals = new long[256];
        private long[] lineServices = new long[256];
        private int lineHead;
        private int lineSize;
        private int busy;

        private final TimeWeightedAverage inSystem = new TimeWeightedAverage(0, 0);
        private final TimeWeightedAverage waiting = new TimeWeightedAverage(0, 0);

        long observed;
        long servedWithinLimit;
        double waitHours;
        double timeInSystemHours;
        double meanNumberInSystem;
        double meanNumberWaiting;
        long eventsFired;

        Replication(RandomStreams streams) {
            arrivalStream = streams.stream("arrivals");
            serviceStream = streams.stream("service");
        }

        private final Action arrival = this::arrive;
        private final Action departure = this::depart;

        private void arrive(Simulation sim) {
            long now = sim.nowMillis();
            // Service is sampled on arrival, so each customer's work is fixed whatever the staffing.
            long serviceMillis = SimTime.millisFromHours(service.sample(serviceStream));
            inSystem.add(now, 1);
            if (busy < SERVERS) {
                start(sim, now, serviceMillis);
            } else {
                enqueue(now, serviceMillis);
                waiting.add(now, 1);
            }
            long next = now + SimTime.millisFromHours(interArrival.sample(arrivalStream));
            if (next < windowEnd) {
                sim.schedule(next, arrival);
            }
        }

        private void depart(Simulation sim) {
            long now = sim.nowMillis();
            busy--;
            inSystem.add(now, -1);
            if (lineSize > 0) {
                int head = lineHead;
                lineHead = (lineHead + 1) % lineArrivals.length;
                lineSize--;
                waiting.add(now, -1);
                start(sim, lineArrivals[head], lineServices[head]);
            }
        }

        private void start(Simulation sim, long arrivedAt, long serviceMillis) {
            busy++;
            long wait = sim.nowMillis() - arrivedAt;
            if (arrivedAt >= windowStart && arrivedAt < windowEnd) {
                observed++;
                waitHours += SimTime.hoursFromMillis(wait);
                timeInSystemHours += SimTime.hoursFromMillis(wait + serviceMillis);
                if (wait <= waitLimit) {
                    servedWithinLimit++;
                }
            }
            sim.scheduleAfter(serviceMillis, departure);
        }

        private void enqueue(long arrivedAt, long serviceMillis) {
            if (lineSize == lineArrivals.length) {
                long[] arrivals = new long[lineSize * 2];
                long[] services = new long[lineSize * 2];
                for (int i = 0; i < lineSize; i++) {
                    arrivals[i] = lineArrivals[(lineHead + i) % lineSize];
                    services[i] = lineServices[(lineHead + i) % lineSize];
                }
                lineArrivals = arrivals;
                lineServices = services;
                lineHead = 0;
            }
            int tail = (lineHead + lineSize) % lineArrivals.length;
            lineArrivals[tail] = arrivedAt;
            lineServices[tail] = serviceMillis;
            lineSize++;
        }

        void simulate() {
            simulation.schedule(SimTime.millisFromHours(interArrival.sample(arrivalStream)), arrival);
            simulation.run(windowStart);
            inSystem.restart(windowStart);
            waiting.restart(windowStart);
            simulation.run(windowEnd);
            meanNumberInSystem = inSystem.average(windowEnd);
            meanNumberWaiting = waiting.average(windowEnd);
            // Arrivals stopped at the window's end; let those still waiting start service.
            simulation.runUntilEmpty();
            eventsFired = simulation.eventsFired();
            assertEquals(0, lineSize);
            assertTrue(observed > 0.9 * ARRIVALS_PER_HOUR * OBSERVED_HOURS, "arrivals observed: " + observed);
        }
    }
}
