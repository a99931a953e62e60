package io.stage7.sim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffingTargetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "approval >= 95%      | APPROVAL | 0.95 | approval >= 95%",
            "APPROVAL>=95.5%      | APPROVAL | 0.955 | approval >= 95.5%",
            "  chatter >= 100 %   | CHATTER  | 1.0  | chatter >= 100%",
            "p90 <= 12h           | P90      | 12   | p90 <= 12h",
            "p50<=1.5             | P50      | 1.5  | p50 <= 1.5h",
            "P99 <= 24 H          | P99      | 24   | p99 <= 24h"})
    void parsesTheDocumentedForms(String text, StaffingTarget.Metric metric, double threshold, String canonical) {
        StaffingTarget target = StaffingTarget.parse(text);
        assertEquals(metric, target.metric());
        assertEquals(threshold, target.threshold(), 1e-12);
        assertEquals(canonical, target.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sla >= 95%          | 1  | unknown metric 'sla'",
            "approval => 95%     | 10 | expected '>=' after approval",
            "approval <= 95%     | 10 | use '>=' (at least)",
            "p90 >= 12h          | 5  | use '<=' (at most)",
            "approval >= 95      | 15 | write the level as a percentage",
            "approval >= 0%      | 13 | a percentage above 0 and at most 100",
            "approval >= 120%    | 13 | a percentage above 0 and at most 100",
            "approval >= x%      | 13 | expected a percentage",
            "p90 <= 0h           | 8  | a number of hours above 0",
            "p90 <= 12h please   | 12 | unexpected 'please'",
            "''                  | 1  | expected a metric"})
    void rejectsBadTargetsWithTheColumn(String text, int column, String message) {
        StaffingTarget.SyntaxError error = assertThrows(StaffingTarget.SyntaxError.class, () -> StaffingTarget.parse(text));
        assertEquals(column, error.column(), error.render());
        assertTrue(error.getMessage().contains(message), error.getMessage());
        String[] lines = error.render().split("\n");
        assertEquals(3, lines.length);
        assertEquals(column + 1, lines[2].indexOf('^'), "the caret sits under the column");
    }

    @Test
    void aShareIsMetFromBelowAndATimeFromAbove() {
        StaffingTarget share = StaffingTarget.parse("approval >= 95%");
        assertTrue(share.isMetBy(0.95));
        assertFalse(share.isMetBy(0.9499));
        StaffingTarget time = StaffingTarget.parse("p90 <= 12h");
        assertTrue(time.isMetBy(12));
        assertFalse(time.isMetBy(12.01));
    }
}
