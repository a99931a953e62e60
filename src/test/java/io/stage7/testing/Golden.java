package io.stage7.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files: a test's output compared with the expected file beside its input. Run the tests
 * with {@code -Dstage7.golden.update=true} to write the expected files from the current output
 * instead, then review the diff.
 */
public final class Golden {
    private Golden() {
    }

    /** Whether this run writes expected files rather than checking them. */
    public static boolean updating() {
        return Boolean.getBoolean("stage7.golden.update");
    }

    /** Asserts that {@code actual} equals the content of {@code expected} (or writes it when updating). */
    public static void assertMatches(Path expected, String actual, String what) throws IOException {
        if (updating()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, what);
    }
}
