package io.stage7.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void quantilesMatchTheReferenceTable() {
        for (double[] row : ReferenceTable.rows("student-t-quantiles.csv")) {
            double p = row[0];
            double df = row[1];
            double expected = row[2];
            assertEquals(expected, StudentT.quantile(p, df), 1e-10 * Math.abs(expected), "t quantile p=" + p + " df=" + df);
        }
    }

    @Test
    void quantilesMatchPrintedTablesToThreeDecimals() {
        assertEquals(2.262, StudentT.quantile(0.975, 9), 0.0005);
        assertEquals(2.756, StudentT.quantile(0.995, 29), 0.0005);
        assertEquals(12.706, StudentT.quantile(0.975, 1), 0.0005);
        assertEquals(2.045, StudentT.quantile(0.975, 29), 0.0005);
    }

    @Test
    void theCdfMatchesReferenceValuesAndInvertsTheQuantile() {
        assertEquals(0.9490302605850708, StudentT.cdf(2.0, 5), 1e-13);
        assertEquals(0.19550110947788524, StudentT.cdf(-1.0, 3), 1e-13);
        assertEquals(0.6475836176504333, StudentT.cdf(0.5, 1), 1e-13);
        assertEquals(0.5, StudentT.cdf(0, 7), 0);
        for (double df : new double[] {1, 2, 3, 9, 29, 200}) {
            for (double p : new double[] {0.001, 0.05, 0.3, 0.7, 0.95, 0.999}) {
                assertEquals(p, StudentT.cdf(StudentT.quantile(p, df), df), 1e-12, "df=" + df + " p=" + p);
            }
        }
    }

    @Test
    void largeDegreesOfFreedomApproachTheNormal() {
        assertEquals(Normal.quantile(0.975), StudentT.quantile(0.975, 1e7), 1e-6);
    }

    @Test
    void argumentsOutsideTheDomainAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 5));
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(Double.NaN, 5));
    }
}
