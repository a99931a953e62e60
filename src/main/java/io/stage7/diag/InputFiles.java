package io.stage7.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens the files a user names (rules, includes, holidays, scenarios, their linked files, data)
 * only when they are regular files, and reads them with a byte limit. A FIFO, a device such as
 * {@code /dev/zero} or a directory is refused by its type before a byte is read, so a mistaken
 * path can neither block a run nor fill the heap; a file that grows past its limit while it is
 * read (or reports a size of 0, as {@code /proc} files do) stops at the limit all the same.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Why {@code path} is not a regular file that can be read, in words that finish the sentence
     * "'path' ...", or empty when it is one. Symbolic links are followed.
     */
    public static Optional<String> refusal(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.of("does not exist");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of("cannot be read");
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a directory");
        }
        return Optional.of("is not a regular file (a named pipe, a device or a socket); Stage7 reads only regular"
                + " files");
    }

    /** The whole content of a regular file, or {@link TooLarge} when it holds more than {@code maxBytes}. */
    public static byte[] read(Path path, long maxBytes) throws IOException {
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        Optional<String> refused = refusal(path);
        if (refused.isPresent()) {
            throw new NotAFile(path, refused.get());
        }
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new TooLarge(path, size, maxBytes, true);
        }
        try (InputStream in = Files.newInputStream(path)) {
            int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
            byte[] buffer = new byte[(int) Math.min(cap + 1L, Math.max(size + 1, 8192))];
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    if (length > cap) {
                        throw new TooLarge(path, length, maxBytes, false);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(cap + 1L, buffer.length * 2L));
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length > cap) {
                throw new TooLarge(path, length, maxBytes, false);
            }
            return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        }
    }

    /** A path that names something other than a regular file; the message finishes "'path' ...". */
    public static final class NotAFile extends IOException {
        private final String reason;

        NotAFile(Path path, String reason) {
            super(path + " " + reason);
            this.reason = reason;
        }

        /** Why the path was refused, e.g. "is a directory". */
        public String reason() {
            return reason;
        }
    }

    /** A file larger than the limit for its kind. */
    public static final class TooLarge extends IOException {
        private final long size;
        private final long limit;
        private final boolean exact;

        TooLarge(Path path, long size, long limit, boolean exact) {
            super(String.format("%s holds %s%,d bytes; the limit is %,d bytes", path, exact ? "" : "at least ", size,
                    limit));
            this.size = size;
            this.limit = limit;
            this.exact = exact;
        }

        /** Whether {@link #size} is the file's size, not only how far reading went. */
        public boolean exact() {
            return exact;
        }

        /** The bytes seen before reading stopped (the file may hold more). */
        public long size() {
            return size;
        }

        /** The limit that was passed. */
        public long limit() {
            return limit;
        }
    }
}
