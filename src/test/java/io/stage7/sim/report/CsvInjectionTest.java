package io.stage7.sim.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text cells of every CSV the simulator writes pass through {@link Format#csv}: a cell a
 * spreadsheet would run as a formula is neutralised as OWASP advises (a leading quote, and
 * quoted), while a plain number stays data.
 */
class CsvInjectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil\")|`\"'=HYPERLINK(\"\"http://evil\"\")\"`",
        "+1+cmd|`\"'+1+cmd\"`",
        "-2+3|`\"'-2+3\"`",
        "@SUM(A1:A9)|`\"'@SUM(A1:A9)\"`",
        "-3.5|-3.5",
        "+42|+42",
        "1e5|1e5",
        "AMER Standard|AMER Standard",
        "a,b|`\"a,b\"`",
        "-|`\"'-\"`",
    })
    void formulaCellsAreNeutralisedAndNumbersStay(String cell, String written) {
        assertEquals(written, Format.csv(cell));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertEquals("\"'\t=1\"", Format.csv("\t=1"));
        assertEquals("\"'\r=1\"", Format.csv("\r=1"));
    }
}
