package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.Utf8Text;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of a data file, read through a byte buffer one at a time: each line's text, the
 * line break that ended it, its 1-based number and the byte offset where it starts. Lines end at
 * LF, CRLF or a lone CR; a last line without a break counts, an empty end after a break does
 * not. Only the current line is held, however long the file.
 *
 * <p>Each line is decoded as strict UTF-8, and bytes that are not UTF-8 text stop the reading
 * with the problem {@link Utf8Text} gives for a whole file: a UTF-16 byte-order mark, an invalid
 * byte at its line and column, or a NUL character. As when the whole file is decoded first, an
 * invalid byte anywhere outranks a NUL: after a NUL no more lines are returned, but the rest of
 * the bytes are still decoded, and the NUL is the problem only if they are UTF-8. A UTF-8
 * byte-order mark at the start is skipped; offsets still count it. Problems carry lines and
 * columns; their offsets are 0, as for every data-file problem (see {@link RowBuilder#problem}),
 * since lines passed are not kept.
 */
final class LineSource implements Closeable {
    /** Bytes read from the channel at a time; a line may be longer. */
    static final int BUFFER_SIZE = 8192;

    private final ReadableByteChannel channel;
    private final String file;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final ByteBuffer window = ByteBuffer.wrap(buffer);
    private final CharsetDecoder decoder = Utf8Text.newDecoder();
    private CharBuffer chars = CharBuffer.allocate(256);
    /** The bytes of a line begun in an earlier fill of the buffer. */
    private byte[] carried = new byte[0];
    private int carriedLength;
    private int position;
    private int limit;
    private long bufferOffset;
    private boolean endOfInput;
    private boolean atStart = true;
    private boolean stopped;
    private int nextLine = 1;

    private String text = "";
    private String lineBreak = "";
    private int line;
    private long offset;
    private Diagnostic nul;
    private Diagnostic problem;

    /** Lines from the start of {@code channel}; {@code file} is the name problems show. */
    LineSource(ReadableByteChannel channel, String file) {
        this.channel = channel;
        this.file = file;
    }

    /** Moves to the next line; false at the end of the bytes, or once a problem stopped the reading. */
    boolean next() throws IOException {
        while (!stopped) {
            if (!read()) {
                stopped = true;
                if (problem == null) {
                    problem = nul;
                }
                break;
            }
            if (nul != null) {
                continue;
            }
            int at = text.indexOf('\0');
            if (at < 0) {
                return true;
            }
            nul = Utf8Text.nul(span(line, text.codePointCount(0, at) + 1)).diagnostic();
        }
        return false;
    }

    /** The current line's text, without its line break. */
    String text() {
        return text;
    }

    /** What ended the current line: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or {@code ""} at the end of the file. */
    String lineBreak() {
        return lineBreak;
    }

    /** The current line's 1-based number. */
    int line() {
        return line;
    }

    /** The byte offset of the current line's first byte. */
    long offset() {
        return offset;
    }

    /** The problem that stopped the reading, once one did: the bytes are not UTF-8 text. */
    Optional<Diagnostic> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads the next line; false at the end of the bytes, or at bytes that are not UTF-8 (then {@code problem} says why). */
    private boolean read() throws IOException {
        if (atStart) {
            atStart = false;
            if (position == limit && !fill()) {
                return false;
            }
            if (Utf8Text.startsUtf16(buffer, limit)) {
                problem = Utf8Text.utf16(file).diagnostic();
                return false;
            }
            position += Utf8Text.bomLength(buffer, limit);
        }
        long start = bufferOffset + position;
        int number = nextLine;
        carriedLength = 0;
        while (true) {
            if (position == limit && !fill()) {
                return carriedLength > 0 && found(start, number, decode(carried, 0, carriedLength, number), "");
            }
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            if (end == limit) {
                carry(position, end);
                position = end;
                continue;
            }
            boolean decoded;
            if (carriedLength == 0) {
                decoded = decode(buffer, position, end - position, number);
            } else {
                carry(position, end);
                decoded = decode(carried, 0, carriedLength, number);
            }
            position = end + 1;
            String ending = "\n";
            if (buffer[end] == '\r') {
                // Whether an LF follows may only show in the next fill, once this line is decoded.
                if (position == limit) {
                    fill();
                }
                ending = "\r";
                if (position < limit && buffer[position] == '\n') {
                    position++;
                    ending = "\r\n";
                }
            }
            return found(start, number, decoded, ending);
        }
    }

    private boolean found(long start, int number, boolean decoded, String ending) {
        if (!decoded) {
            return false;
        }
        offset = start;
        line = number;
        nextLine = number + 1;
        lineBreak = ending;
        return true;
    }

    /** Decodes a line into {@code text}; false, with the problem, at an invalid byte. */
    private boolean decode(byte[] bytes, int from, int length, int number) {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
            chars.flip();
            int column = Character.codePointCount(chars, 0, chars.length()) + 1;
            problem = Utf8Text.invalidByte(span(number, column), bytes[in.position()]).diagnostic();
            return false;
        }
        decoder.flush(chars);
        chars.flip();
        text = chars.toString();
        return true;
    }

    private void carry(int from, int to) {
        int length = to - from;
        if (carriedLength + length > carried.length) {
            carried = Arrays.copyOf(carried, Math.max(carriedLength + length, carried.length * 2));
        }
        System.arraycopy(buffer, from, carried, carriedLength, length);
        carriedLength += length;
    }

    /** Refills the buffer once it is used up; false at the end of the bytes. */
    private boolean fill() throws IOException {
        bufferOffset += limit;
        position = 0;
        limit = 0;
        if (endOfInput) {
            return false;
        }
        window.clear();
        while (window.hasRemaining()) {
            if (channel.read(window) < 0) {
                endOfInput = true;
                break;
            }
        }
        limit = window.position();
        return limit > 0;
    }

    private SourceSpan span(int number, int column) {
        return new SourceSpan(file, number, column, number, column, 0, 0);
    }
}
