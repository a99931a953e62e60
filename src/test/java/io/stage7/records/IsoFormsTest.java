package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link IsoForms} reads the plain forms by hand: wherever it answers, it must answer what the
 * patterns and java.time of {@link SalesforceForms} answer, and the public methods must answer
 * exactly as the patterns do for every text, edge or generated.
 */
class IsoFormsTest {

    @Test
    void theFormsOfAnExportAreReadByHand() {
        assertNotNull(IsoForms.date("2026-02-28"));
        assertNotNull(IsoForms.dateTime("2026-02-28T14:13:54.000+0000"));
        assertNotNull(IsoForms.dateTime("2026-02-28T14:13:54.945Z"));
        assertNotNull(IsoForms.dateTime("2026-03-10T09:00:00-07:00"));
        assertNotNull(IsoForms.dateTime("2026-03-10"));
        assertNull(IsoForms.dateTime("2026-03-10 09:00:00Z"), "a space for the T is left to the patterns");
        assertNull(IsoForms.date("2026-02-29"), "not a day: the patterns word it");
    }

    @Test
    void edgeTextsReadAsThePatternsReadThem() {
        List<String> texts = List.of("2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "1700-01-01", "1699-12-31",
                "4000-12-31", "4001-01-01", "0000-01-01", "9999-12-31", "2026-00-10", "2026-13-01", "2026-04-31",
                "2026-04-00", "2026-1-01", "2026-01-01Z", "2026-01-01+05:00", "20260101", "2026/01/01", "",
                "1700-01-01T00:30:00+01:00", "1700-01-01T00:30:00-01:00", "4000-12-31T23:30:00-01:00",
                "4000-12-31T23:30:00+01:00", "2026-03-31T23:59:59Z", "2026-03-31T24:00:00Z", "2026-03-31T23:60:00Z",
                "2026-03-31T23:59:60Z", "2026-03-31T16:45:00", "2026-03-31T16:45Z", "2026-03-31T16:45:00.Z",
                "2026-03-31T16:45:00.1Z", "2026-03-31T16:45:00.123456789Z", "2026-03-31T16:45:00.1234567890Z",
                "2026-03-31T16:45:00+18:00", "2026-03-31T16:45:00-18:00", "2026-03-31T16:45:00+17:59",
                "2026-03-31T16:45:00+19:00", "2026-03-31T16:45:00+0530", "2026-03-31T16:45:00-00:30",
                "2026-03-31T16:45:00+05:60", "2026-03-31T16:45:00+05:3", "2026-03-31T16:45:00+5:30",
                "2026-03-31T16:45:00z", "2026-03-31t16:45:00Z", "2026-03-31T16:45:00 Z", "２０２６-03-31",
                "2026-03-31T16:45:00.000+0000x", "2026-03-31T16:45:00.000+00:00");
        for (String text : texts) {
            assertSame(text);
        }
    }

    @Test
    void generatedTextsReadAsThePatternsReadThem() {
        SplittableRandom random = new SplittableRandom(20261208);
        List<String> zones = List.of("Z", "+00:00", "+0000", "-07:00", "-0800", "+05:30", "+14:00", "-12:00", "+17:59",
                "+18:00", "-18:00", "+18:01", "", "z", "+1", "-00:30");
        int answered = 0;
        for (int i = 0; i < 20_000; i++) {
            int year = random.nextInt(8) == 0 ? random.nextInt(10_000) : 1690 + random.nextInt(2_320);
            String date = String.format("%04d-%02d-%02d", year, random.nextInt(14), random.nextInt(33));
            StringBuilder text = new StringBuilder(date);
            if (random.nextInt(4) > 0) {
                text.append('T').append(String.format("%02d:%02d", random.nextInt(26), random.nextInt(62)));
                if (random.nextInt(6) > 0) {
                    text.append(String.format(":%02d", random.nextInt(62)));
                    if (random.nextBoolean()) {
                        text.append('.');
                        for (int d = random.nextInt(11); d > 0; d--) {
                            text.append((char) ('0' + random.nextInt(10)));
                        }
                    }
                }
                text.append(zones.get(random.nextInt(zones.size())));
            }
            String generated = text.toString();
            if (IsoForms.dateTime(generated) != null || IsoForms.date(generated) != null) {
                answered++;
            }
            assertSame(generated);
        }
        assertEquals(true, answered > 5_000, "the hand-written reading must answer for most plain texts: " + answered);
    }

    private static void assertSame(String text) {
        assertEquals(SalesforceForms.dateByPattern(text), SalesforceForms.date(text), "date '" + text + "'");
        assertEquals(SalesforceForms.dateTimeByPattern(text), SalesforceForms.dateTime(text), "date-time '" + text + "'");
        List<Object> hand = new ArrayList<>();
        hand.add(IsoForms.date(text));
        hand.add(IsoForms.dateTime(text));
        if (hand.get(0) != null) {
            assertEquals(SalesforceForms.dateByPattern(text).orElseThrow(), hand.get(0), text);
        }
        if (hand.get(1) != null) {
            assertEquals(SalesforceForms.dateTimeByPattern(text).orElseThrow(), hand.get(1), text);
        }
    }
}
