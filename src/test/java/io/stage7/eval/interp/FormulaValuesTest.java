package io.stage7.eval.interp;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How explain prints values: as formula literals, and extreme numbers without expanding them. */
class FormulaValuesTest {

    @Test
    void ordinaryNumbersPrintPlain() {
        assertEquals("1250.5", FormulaValues.literal(new BigDecimal("1250.50")));
        assertEquals("0", FormulaValues.literal(new BigDecimal("0.000")));
    }

    @Test
    void extremeNumbersPrintInExponentNotationInsteadOfABillionDigits() {
        assertEquals("1E-999999999", FormulaValues.literal(new BigDecimal("1E-999999999")));
        assertEquals("5E+99", FormulaValues.literal(new BigDecimal("5E+99")));
    }
}
