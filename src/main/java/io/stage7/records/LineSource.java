package io.stage7.records;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.Limit;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.Utf8Text;

import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of a data file, read through a byte buffer one at a time: each line's bytes and
 * text, the line break that ended it, its 1-based number and the byte offset where it starts.
 * Lines end at LF, CRLF or a lone CR; a last line without a break counts, an empty end after a
 * break does not. Only the current line is held, however long the file, and no line longer than
 * {@link #MAX_LINE} bytes: past it the reading stops with the problem {@link #tooLong()}, located
 * at the column where the line passes the limit, without the rest of the line read into memory.
 *
 * <p>Each line is checked as strict UTF-8, and bytes that are not UTF-8 text stop the reading
 * with the problem {@link Utf8Text} gives for a whole file: a UTF-16 byte-order mark, an invalid
 * byte at its line and column, or a NUL character. As when the whole file is decoded first, an
 * invalid byte anywhere outranks a NUL: after a NUL no more lines are returned, but the rest of
 * the bytes are still decoded, and the NUL is the problem only if they are UTF-8. A UTF-8
 * byte-order mark at the start is skipped; offsets still count it. Problems carry lines and
 * columns; their offsets are 0, as for every data-file problem (see {@link RowBuilder#problem}),
 * since lines passed are not kept.
 *
 * <p>Most lines of an export are ASCII: such a line is checked by one pass over its bytes and
 * its text made only when asked for ({@link #text()}), so a reader that parses the bytes
 * themselves ({@link JsonLinesRecords}) never decodes it.
 */
final class LineSource implements Closeable {
    /** Bytes read from the channel at a time; a line may be longer. */
    static final int BUFFER_SIZE = 1 << 16;
    /** The longest line of a data file, in bytes. */
    static final Limit MAX_LINE = Limit.of("stage7.limit.dataLineLength", 4L << 20);

    /** Eight bytes of an array at once, the first in the lowest bits, for {@link #lineBreak} and {@link #found}. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LFS = '\n' * ONES;
    private static final long CRS = '\r' * ONES;

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

    /** The current line's bytes: {@code lineLength} of them in {@code lineBytes} from {@code lineStart}. */
    private byte[] lineBytes = buffer;
    private int lineStart;
    private int lineLength;
    private boolean ascii = true;
    private String text = "";
    private String lineBreak = "";
    private int line;
    private long offset;
    private Diagnostic nul;
    private Diagnostic problem;
    private Diagnostic tooLong;

    /** Lines from the start of {@code channel}; {@code file} is the name problems show. */
    LineSource(ReadableByteChannel channel, String file) {
        this.channel = channel;
        this.file = file;
    }

    /** Moves to the next line; false at the end of the bytes, or once a problem stopped the reading. */
    boolean next() throws IOException {
        while (!stopped) {
            int at = read();
            if (at == END) {
                stopped = true;
                if (problem == null) {
                    problem = nul;
                }
                break;
            }
            if (nul != null) {
                continue;
            }
            if (at == CLEAN) {
                return true;
            }
            String decoded = text();
            int index = decoded.indexOf('\0');
            nul = Utf8Text.nul(span(line, decoded.codePointCount(0, index) + 1)).diagnostic();
        }
        return false;
    }

    /** The current line's text, without its line break. */
    String text() {
        if (text == null) {
            // Only ASCII lines are decoded lazily; a byte below 0x80 is its char.
            text = new String(lineBytes, lineStart, lineLength, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    /** The array holding the current line's bytes (UTF-8, checked), from {@link #start()}; valid until {@link #next()}. */
    byte[] bytes() {
        return lineBytes;
    }

    /** Where the current line's bytes start in {@link #bytes()}. */
    int start() {
        return lineStart;
    }

    /** How many bytes the current line has, without its line break. */
    int length() {
        return lineLength;
    }

    /** Whether the current line is all ASCII: then its columns are its byte positions plus one. */
    boolean isAscii() {
        return ascii;
    }

    /** Whether the current line holds only white space (as {@link String#isBlank()} says). */
    boolean isBlank() {
        if (!ascii) {
            return text().isBlank();
        }
        for (int i = lineStart, end = lineStart + lineLength; i < end; i++) {
            byte b = lineBytes[i];
            if (b != ' ' && (b < '\t' || b > '\r') && (b < 0x1C || b > 0x1F)) {
                return false;
            }
        }
        return true;
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

    /** The problem that stopped the reading at a line longer than {@link #MAX_LINE}, once one did. */
    Optional<Diagnostic> tooLong() {
        return Optional.ofNullable(tooLong);
    }

    /** Whether a problem stopped the reading before the end of the bytes: not text, or a line too long. */
    boolean stoppedEarly() {
        return problem != null || tooLong != null;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** What {@link #read} found: the end (or a problem), a line, or a line holding a NUL. */
    private static final int END = 0;
    private static final int CLEAN = 1;
    private static final int HAS_NUL = 2;

    /** Reads the next line: END at the end of the bytes or at a problem ({@code problem} or {@code tooLong} says which). */
    private int read() throws IOException {
        if (atStart) {
            atStart = false;
            if (position == limit && !fill()) {
                return END;
            }
            if (Utf8Text.startsUtf16(buffer, limit)) {
                problem = Utf8Text.utf16(file).diagnostic();
                return END;
            }
            position += Utf8Text.bomLength(buffer, limit);
        }
        long start = bufferOffset + position;
        int number = nextLine;
        carriedLength = 0;
        while (true) {
            if (position == limit && !fill()) {
                return carriedLength > 0 ? found(start, number, carried, 0, carriedLength, "") : END;
            }
            int end = lineBreak(buffer, position, limit);
            if (MAX_LINE.exceededBy((double) carriedLength + (end - position))) {
                carry(position, Math.min(end, position + (int) Math.max(0, MAX_LINE.value() + 1 - carriedLength)));
                lineTooLong(number);
                return END;
            }
            if (end == limit) {
                carry(position, end);
                position = end;
                continue;
            }
            byte[] bytes = buffer;
            int from = position;
            if (carriedLength > 0) {
                carry(position, end);
                bytes = carried;
                from = 0;
            }
            int length = bytes == buffer ? end - position : carriedLength;
            position = end + 1;
            String ending = "\n";
            if (buffer[end] == '\r') {
                ending = "\r";
                // Whether an LF follows may only show in the next fill: keep the line's bytes first.
                if (position == limit) {
                    if (bytes == buffer) {
                        carriedLength = 0;
                        carry(from, from + length);
                        bytes = carried;
                        from = 0;
                    }
                    fill();
                }
                if (position < limit && buffer[position] == '\n') {
                    position++;
                    ending = "\r\n";
                }
            }
            return found(start, number, bytes, from, length, ending);
        }
    }

    /** Checks the line's bytes and makes it current; END at an invalid byte (then {@code problem} says so). */
    private int found(long start, int number, byte[] bytes, int from, int length, String ending) {
        long flags = 0;
        boolean zero = false;
        int i = from;
        int end = from + length;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i);
            flags |= word;
            zero |= hasZeroByte(word);
        }
        for (; i < end; i++) {
            byte b = bytes[i];
            flags |= b & 0xFF;
            zero |= b == 0;
        }
        lineBytes = bytes;
        lineStart = from;
        lineLength = length;
        ascii = (flags & HIGH_BITS) == 0;
        text = null;
        if (!ascii && !decode(bytes, from, length, number)) {
            return END;
        }
        offset = start;
        line = number;
        nextLine = number + 1;
        lineBreak = ending;
        return zero ? HAS_NUL : CLEAN;
    }

    /**
     * Where the first CR or LF is from {@code from}, or {@code limit}: eight bytes at a time,
     * since this scan runs on the one thread that reads the file while the others parse rows.
     */
    static int lineBreak(byte[] bytes, int from, int limit) {
        int at = from;
        for (; at + Long.BYTES <= limit; at += Long.BYTES) {
            long word = (long) WORDS.get(bytes, at);
            long breaks = zeroBytes(word ^ LFS) | zeroBytes(word ^ CRS);
            if (breaks != 0) {
                // Little-endian: the lowest flagged byte is the first, and it is flagged exactly.
                return at + (Long.numberOfTrailingZeros(breaks) >>> 3);
            }
        }
        while (at < limit && bytes[at] != '\n' && bytes[at] != '\r') {
            at++;
        }
        return at;
    }

    /**
     * The high bit of each byte of {@code word} that may be zero: the lowest one flagged is the
     * first zero byte exactly (a borrow can flag bytes above it, never below), and none is
     * flagged when no byte is zero.
     */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }

    private static boolean hasZeroByte(long word) {
        return zeroBytes(word) != 0;
    }

    /** Decodes a line that is not ASCII into {@code text}; false, with the problem, at an invalid byte. */
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

    /**
     * Stops at a line past {@link #MAX_LINE}, whose first bytes up to one past the limit are
     * carried: the problem points at the column of the character that holds the first byte past
     * the limit. A NUL met before still outranks it, as a file that is not text.
     */
    private void lineTooLong(int number) {
        stopped = true;
        if (nul != null) {
            problem = nul;
            return;
        }
        int column = 0;
        for (int i = 0; i < carriedLength; i++) {
            if ((carried[i] & 0xC0) != 0x80) {
                column++; // a code point starts at every byte that does not continue one
            }
        }
        tooLong = RowBuilder.problem(file, number, column, "line-too-long", String.format(
                "line %d is longer than %,d bytes; for a line of a data file %s", number, MAX_LINE.value(),
                MAX_LINE.explain()));
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
