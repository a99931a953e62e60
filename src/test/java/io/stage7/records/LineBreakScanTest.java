package io.stage7.records;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@link LineSource} finds line breaks and tells ASCII lines eight bytes at a time: it must find
 * exactly what a byte-by-byte scan finds, wherever the break or the first byte above 0x7F falls
 * in a word, and whatever bytes near CR and LF (0x0B, 0x0C, 0x8A, 0x8D, 0x00) surround it.
 */
class LineBreakScanTest {
    private static final byte[] TRICKY = {'\n', '\r', 0x0B, 0x0C, 0x09, 0x0E, (byte) 0x8A, (byte) 0x8D, 0x01, 'a', '{'};

    @Test
    void theFirstBreakIsWhereAByteByByteScanFindsIt() {
        SplittableRandom random = new SplittableRandom(20261208);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? TRICKY[random.nextInt(TRICKY.length)] : (byte) ('a' + random.nextInt(26));
            }
            int from = random.nextInt(bytes.length + 1);
            int limit = from + random.nextInt(bytes.length - from + 1);
            int expected = from;
            while (expected < limit && bytes[expected] != '\n' && bytes[expected] != '\r') {
                expected++;
            }
            assertEquals(expected, LineSource.lineBreak(bytes, from, limit), () -> java.util.Arrays.toString(bytes)
                    + " from " + from + " to " + limit);
        }
    }

    @Test
    void linesAreToldAsciiOrNotWhereverTheirFirstWideCharacterFalls() throws IOException {
        SplittableRandom random = new SplittableRandom(20261209);
        List<String> written = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder line = new StringBuilder("x"); // never blank
            for (int length = random.nextInt(30); length > 0; length--) {
                line.append((char) ('a' + random.nextInt(26)));
            }
            if (random.nextBoolean()) {
                line.insert(random.nextInt(line.length() + 1), random.nextBoolean() ? "\u00e9" : "\u20ac");
            }
            written.add(line.toString());
            file.append(line).append(List.of("\n", "\r\n", "\r").get(random.nextInt(3)));
        }
        LineSource lines = new LineSource(Channels.newChannel(new ByteArrayInputStream(
                file.toString().getBytes(StandardCharsets.UTF_8))), "t.jsonl");
        for (String expected : written) {
            lines.next();
            assertEquals(expected, lines.text());
            assertEquals(expected.chars().allMatch(c -> c < 0x80), lines.isAscii(), expected);
        }
        assertFalse(lines.next());
    }
}
