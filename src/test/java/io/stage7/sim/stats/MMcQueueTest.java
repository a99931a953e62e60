package io.stage7.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MMcQueueTest {

    @Test
    void theHandbookCaseGivesThePublishedNumbers() {
        MMcQueue queue = new MMcQueue(9, 1, 10);
        assertEquals(0.6687, queue.probabilityOfWaiting(), 0.00005);
        assertEquals(0.6687, queue.meanWait(), 0.00005);
        assertEquals(0.4792, queue.probabilityWaitAtMost(0.25), 0.00005);
        assertEquals(0.9, queue.utilization(), 1e-15);
        assertEquals(9, queue.offeredLoad(), 1e-15);
    }

    @Test
    void erlangCMatchesTheReferenceTable() {
        for (double[] row : ReferenceTable.rows("erlang-c.csv")) {
            MMcQueue queue = new MMcQueue(row[0], row[1], (int) row[2]);
            String label = queue.toString();
            assertEquals(row[3], queue.probabilityOfWaiting(), 1e-12 * row[3], label);
            assertEquals(row[4], queue.meanWait(), 1e-12 * row[4], label);
            assertEquals(row[6], queue.probabilityWaitAtMost(row[5]), 1e-12, label);
        }
    }

    @Test
    void oneServerIsTheMM1Queue() {
        MMcQueue queue = new MMcQueue(0.75, 1, 1);
        assertEquals(0.75, queue.probabilityOfWaiting(), 1e-15);
        assertEquals(0.75 / (1 - 0.75), queue.meanWait(), 1e-12);
        assertEquals(0.75 / (1 - 0.75), queue.meanNumberInSystem(), 1e-12);
    }

    @Test
    void littlesLawTiesTheMeans() {
        MMcQueue queue = new MMcQueue(9, 1, 10);
        assertEquals(queue.meanQueueLength(), LittlesLaw.numberInSystem(9, queue.meanWait()), 1e-12);
        assertEquals(queue.meanNumberInSystem(), queue.meanQueueLength() + queue.offeredLoad(), 1e-12);
        assertEquals(0, LittlesLaw.relativeDiscrepancy(queue.meanNumberInSystem(), 9, queue.meanTimeInSystem()), 1e-12);
        assertEquals(0.5, LittlesLaw.relativeDiscrepancy(1, 2, 1), 1e-15);
        assertEquals(2, LittlesLaw.timeInSystem(10, 5), 0);
        assertEquals(5, LittlesLaw.arrivalRate(10, 2), 0);
    }

    @Test
    void theWaitQuantileInvertsTheServiceLevel() {
        MMcQueue queue = new MMcQueue(9, 1, 10);
        assertEquals(0, queue.waitQuantile(0.2), 0, "a third of arrivals never wait");
        for (double p : new double[] {0.5, 0.8, 0.95, 0.99}) {
            assertEquals(p, queue.probabilityWaitAtMost(queue.waitQuantile(p)), 1e-12);
        }
    }

    @Test
    void minimumServersIsTheSmallestHeadcountMeetingTheServiceLevel() {
        // 80% of submissions picked up within 15 minutes, 9 per hour, one hour each.
        int servers = MMcQueue.minimumServers(9, 1, 0.25, 0.8);
        assertTrue(new MMcQueue(9, 1, servers).probabilityWaitAtMost(0.25) >= 0.8);
        assertTrue(new MMcQueue(9, 1, servers - 1).probabilityWaitAtMost(0.25) < 0.8);
        assertEquals(12, servers);
        assertEquals(10, MMcQueue.minimumServers(9, 1, 0.25, 0.4), "the least stable headcount suffices");
    }

    @Test
    void anUnstableQueueIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MMcQueue(10, 1, 10));
        assertEquals("the queue is unstable: arrival rate 10.0 is not below the capacity of 10 servers (10.0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MMcQueue(-1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new MMcQueue(1, 1, 0));
    }
}
