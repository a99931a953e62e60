package io.stage7.diag;

import java.util.Objects;

/**
 * A range of characters in one source file. Lines and columns are 1-based and count Unicode
 * code points; offsets are 0-based code-point indexes into the file's text. The end is exclusive:
 * {@code endColumn} is the column just after the last character.
 */
public record SourceSpan(String path, int line, int column, int endLine, int endColumn,
                         int startOffset, int endOffset) {

    public SourceSpan {
        Objects.requireNonNull(path, "path");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns are 1-based: " + line + ":" + column);
        }
    }

    /** A span of zero width at the start of a file, for problems that concern the whole file. */
    public static SourceSpan startOf(String path) {
        return new SourceSpan(path, 1, 1, 1, 1, 0, 0);
    }

    /** A span covering this one and {@code other} (which must be in the same file and later). */
    public SourceSpan to(SourceSpan other) {
        return new SourceSpan(path, line, column, other.endLine, other.endColumn, startOffset, other.endOffset);
    }

    /** {@code path:line:col}, the form compilers and editors understand. */
    public String location() {
        return path + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location();
    }
}
