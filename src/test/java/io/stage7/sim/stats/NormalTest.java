package io.stage7.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void quantilesMatchTheReferenceTable() {
        for (double[] row : ReferenceTable.rows("normal-quantiles.csv")) {
            assertEquals(row[1], Normal.quantile(row[0]), 1e-14 * Math.max(1, Math.abs(row[1])), "p=" + row[0]);
        }
    }

    @Test
    void probabilitiesOutsideTheOpenUnitIntervalAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(0));
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1));
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(Double.NaN));
    }
}
