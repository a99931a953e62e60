package io.stage7.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files: a test's output compared with the expected file beside its input. Every golden
 * file of the toolkit's tests goes through here, so one switch rewrites them all: run the tests
 * with {@code -Dstage7.golden.update=true} ({@link #PROPERTY}) to write the expected files from
 * the current output instead, then review the diff (README.md, "Run the tests").
 */
public final class Golden {
    private Golden() {
    }

    /** The system property that makes a run write the expected files. */
    public static final String PROPERTY = "stage7.golden.update";

    /** Whether this run writes expected files rather than checking them. */
    public static boolean updating() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Asserts that {@code actual} equals the content of {@code expected} (or writes it when updating). */
    public static void assertMatches(Path expected, String actual, String what) throws IOException {
        if (updating()) {
            Files.createDirectories(expected.toAbsolutePath().getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, what);
    }
}
