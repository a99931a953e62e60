package io.stage7.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text held back until a run knows it is complete, in memory up to a megabyte and in a
 * temporary file beyond: {@code eval} reads a file once, but whether it prints anything depends
 * on the last row (a bad row means nothing is evaluated; bytes that are not UTF-8 mean none of
 * the rows' problems are shown), so what it would print waits here, in memory that does not
 * grow with the file. The temporary file is deleted on {@link #close}.
 */
final class Spool implements Closeable {
    /** Held in memory up to this many bytes; the runs of tests and small files never touch the disk. */
    static final int IN_MEMORY = 1 << 20;

    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream disk;
    private final OutputStream bytes = new BufferedOutputStream(new Sink(), 1 << 16);

    /** Appends text. */
    void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends text already encoded as UTF-8. */
    void write(byte[] utf8) {
        try {
            bytes.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file, e);
        }
    }

    /** Writes everything appended so far to {@code out}. */
    void copyTo(Writer out) {
        char[] buffer = new char[1 << 16];
        try (Reader text = reader()) {
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the temporary file " + file, e);
        }
    }

    /**
     * Writes everything appended so far to {@code out} as it is, for text already escaped for a
     * terminal ({@link TerminalWriter#escape(byte[])}): a terminal writer does not scan it again.
     */
    void copyEscapedTo(PrintWriter out) {
        char[] buffer = new char[1 << 16];
        try (Reader text = reader()) {
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                if (out instanceof TerminalWriter terminal) {
                    terminal.control(buffer, 0, n);
                } else {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the temporary file " + file, e);
        }
    }

    /** Everything appended so far, to read from the start; close it when done. */
    BufferedReader reader() throws IOException {
        bytes.flush();
        if (disk != null) {
            disk.flush();
        }
        InputStream held = disk == null ? new ByteArrayInputStream(memory.toByteArray()) : Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(held, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        try {
            if (disk != null) {
                disk.close();
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Bytes into memory, then, past {@link #IN_MEMORY}, into the temporary file. */
    private final class Sink extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int from, int length) throws IOException {
            if (disk == null && memory.size() + length > IN_MEMORY) {
                file = Files.createTempFile("stage7-eval-", ".spool");
                file.toFile().deleteOnExit();
                disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(disk);
                memory.reset();
            }
            if (disk != null) {
                disk.write(bytes, from, length);
            } else {
                memory.write(bytes, from, length);
            }
        }
    }
}
