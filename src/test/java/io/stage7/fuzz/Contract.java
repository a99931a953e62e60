package io.stage7.fuzz;

import io.stage7.cli.Cli;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract every command keeps with any input (docs/limits.md): a documented exit code, a
 * located message for every error, no stack trace and no internal error, and no raw control
 * character on the terminal.
 */
final class Contract {
    /** {@code path:line:col: error: message}, as every located diagnostic starts. */
    static final Pattern LOCATED = Pattern.compile("^([^\\n]{1,4096}?):(\\d+):(\\d+): error: ", Pattern.MULTILINE);

    private Contract() {
    }

    /** Asserts the contract of {@code result}, whose exit code must be one of {@code exitCodes}. */
    static void holds(Cli result, Set<Integer> exitCodes, String input) {
        String all = result.out() + result.err();
        if (!exitCodes.contains(result.exitCode())) {
            fail("exit code " + result.exitCode() + ", expected one of " + exitCodes + "\n" + all + "\ninput:\n" + input);
        }
        assertFalse(all.contains("internal error"), () -> "internal error:\n" + all + "\ninput:\n" + input);
        assertFalse(all.lines().anyMatch(Contract::isStackFrame) || all.contains("Exception in thread"),
                () -> "stack trace:\n" + all + "\ninput:\n" + input);
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control) {
                fail(String.format("raw control character U+%04X on the terminal:%n%s%ninput:%n%s", (int) c, all, input));
            }
        }
        if (result.exitCode() == 1) {
            assertTrue(LOCATED.matcher(all).find() || all.contains(": error: "),
                    () -> "exit 1 without a located error:\n" + all + "\ninput:\n" + input);
        }
    }

    /** A line of a Java stack trace: {@code \tat io.stage7.X.y(X.java:12)}. */
    private static boolean isStackFrame(String line) {
        String trimmed = line.stripLeading();
        return line.length() > trimmed.length() && trimmed.startsWith("at ") && trimmed.endsWith(")")
                && trimmed.contains("(");
    }

    /** The located errors' line numbers in {@code file}, each once. */
    static Set<Integer> errorLines(String text, String file) {
        Set<Integer> lines = new java.util.TreeSet<>();
        Matcher m = LOCATED.matcher(text);
        while (m.find()) {
            if (m.group(1).endsWith(file)) {
                lines.add(Integer.parseInt(m.group(2)));
            }
        }
        return lines;
    }
}
