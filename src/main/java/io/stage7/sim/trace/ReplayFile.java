package io.stage7.sim.trace;

import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The records a trace replays, in replay order, as a temporary binary file that every replication
 * reads sequentially: no text is parsed again, and nothing is held but the record being read.
 * An entry is the submission instant (epoch milliseconds), the length of the record's
 * {@link RecordCodec} form, and that form.
 *
 * <p>The {@link Writer} takes the records in file order. When they come in submission order the
 * file it writes is the replay file. When they do not, it sorts that file on disk with bounded
 * memory: chunks of at most {@link #CHUNK_BYTES} bytes or {@link #CHUNK_ENTRIES} entries are
 * sorted by instant (file order among equal instants) and written as runs, and the runs are
 * merged, the earlier run first among equal instants. So ties keep the trace's order either way.
 */
final class ReplayFile implements Closeable {

    static final int CHUNK_BYTES = 2 << 20;
    static final int CHUNK_ENTRIES = 1 << 16;
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final RecordType type;
    private final long size;
    private final boolean resorted;

    private ReplayFile(Path file, RecordType type, long size, boolean resorted) {
        this.file = file;
        this.type = type;
        this.size = size;
        this.resorted = resorted;
    }

    /** How many records the file holds. */
    long size() {
        return size;
    }

    /** Whether the records came out of submission order and were sorted. */
    boolean resorted() {
        return resorted;
    }

    /** Reads the records in replay order, one at a time. */
    Reader open() throws IOException {
        return new Reader(file, new RecordCodec(type));
    }

    /** Deletes the file. */
    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * Entries one at a time, in the file's order, through a buffer of whole entries: a record is
     * decoded from the buffer, not through a stream call per value.
     */
    static final class Reader implements Closeable {
        private static final int HEADER = Long.BYTES + Integer.BYTES;
        private final FileChannel channel;
        private final RecordCodec codec;
        private ByteBuffer buffer = ByteBuffer.allocate(BUFFER).limit(0);
        private long millis;
        private int length;

        Reader(Path file, RecordCodec codec) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            this.codec = codec;
        }

        /** The next record, or null after the last. */
        DataRecord next() throws IOException {
            if (!advance()) {
                return null;
            }
            int end = buffer.position() + length;
            DataRecord record = codec.read(buffer);
            if (buffer.position() != end) {
                throw new IOException("a record of " + length + " bytes decoded from " + (buffer.position() + length - end));
            }
            return record;
        }

        /** Moves to the next entry, its bytes at the buffer's position, not decoded; false after the last. */
        boolean advance() throws IOException {
            if (!fill(HEADER)) {
                if (buffer.hasRemaining()) {
                    throw new IOException("the replay file ends inside an entry");
                }
                return false;
            }
            millis = buffer.getLong();
            length = buffer.getInt();
            if (!fill(length)) {
                throw new IOException("the replay file ends inside an entry");
            }
            return true;
        }

        /** The current entry's bytes, moving past them. */
        byte[] take() {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return bytes;
        }

        long millis() {
            return millis;
        }

        int length() {
            return length;
        }

        /** Whether {@code count} bytes are (now) in the buffer from its position; reads more if not. */
        private boolean fill(int count) throws IOException {
            if (buffer.remaining() >= count) {
                return true;
            }
            if (buffer.capacity() < count) {
                buffer = ByteBuffer.allocate(Math.max(count, buffer.capacity() * 2)).put(buffer).flip();
            } else {
                buffer.compact().flip();
            }
            while (buffer.remaining() < count) {
                buffer.position(buffer.limit()).limit(buffer.capacity()); // append after what is there
                int start = buffer.position();
                int read = channel.read(buffer);
                buffer.limit(buffer.position()).position(0);
                if (read < 0) {
                    return false;
                }
                if (read == 0 && start == buffer.capacity()) {
                    throw new IllegalStateException("no room to read into");
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Writing the temporary files failed (the disk is full, the folder is not writable). */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.toString(), cause);
        }
    }

    /**
     * Takes the records in file order; {@link #finish} gives them in replay order. Failures to
     * write the temporary files are {@link WriteFailed}.
     */
    static final class Writer implements Closeable {
        private final RecordType type;
        private final RecordCodec codec;
        private final Path directory;
        private final Path spill;
        private final DataOutputStream out;
        private final ByteArrayOutputStream encoded = new ByteArrayOutputStream(512);
        private final DataOutputStream encoder = new DataOutputStream(encoded);
        private final List<Path> runs = new ArrayList<>();
        private final int chunkEntries;
        private final int chunkBytes;
        private long count;
        private long previous = Long.MIN_VALUE;
        private boolean inOrder = true;
        private boolean finished;

        Writer(RecordType type, Path directory) throws WriteFailed {
            this(type, directory, CHUNK_ENTRIES, CHUNK_BYTES);
        }

        /** A writer that sorts in chunks of at most {@code chunkEntries} entries or {@code chunkBytes} bytes. */
        Writer(RecordType type, Path directory, int chunkEntries, int chunkBytes) throws WriteFailed {
            if (chunkEntries < 1 || chunkBytes < 1) {
                throw new IllegalArgumentException("chunks of " + chunkEntries + " entries, " + chunkBytes + " bytes");
            }
            this.chunkEntries = chunkEntries;
            this.chunkBytes = chunkBytes;
            this.type = type;
            this.codec = new RecordCodec(type);
            this.directory = directory;
            try {
                spill = temporary(".replay");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), BUFFER));
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        }

        void add(long millis, DataRecord record) throws WriteFailed {
            try {
                encoded.reset();
                codec.write(record, encoder);
                out.writeLong(millis);
                out.writeInt(encoded.size());
                encoded.writeTo(out);
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            inOrder &= millis >= previous;
            previous = millis;
            count++;
        }

        /** The replay file; the writer's other temporary files are gone. */
        ReplayFile finish() throws WriteFailed {
            try {
                out.close();
                finished = true;
                if (inOrder) {
                    return new ReplayFile(spill, type, count, false);
                }
                try {
                    Path sorted = sort();
                    return new ReplayFile(sorted, type, count, true);
                } finally {
                    delete(spill);
                    runs.forEach(ReplayFile::delete);
                }
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        }

        /** Sorts the spill into runs, then merges them. */
        private Path sort() throws IOException {
            try (Reader reader = new Reader(spill, codec)) {
                List<byte[]> chunk = new ArrayList<>();
                long[] millis = new long[chunkEntries];
                int bytes = 0;
                while (reader.advance()) {
                    if (chunk.size() == chunkEntries || bytes + reader.length() > chunkBytes && !chunk.isEmpty()) {
                        writeRun(chunk, millis);
                        chunk.clear();
                        bytes = 0;
                    }
                    millis[chunk.size()] = reader.millis();
                    bytes += reader.length();
                    chunk.add(reader.take());
                }
                if (!chunk.isEmpty() || runs.isEmpty()) {
                    writeRun(chunk, millis);
                }
            }
            if (runs.size() == 1) {
                return runs.remove(0);
            }
            Path merged = temporary(".replay");
            try {
                merge(merged);
            } catch (IOException | RuntimeException e) {
                delete(merged);
                throw e;
            }
            return merged;
        }

        /** One chunk, stably sorted by instant, as a run. */
        private void writeRun(List<byte[]> chunk, long[] millis) throws IOException {
            Integer[] order = new Integer[chunk.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(millis[a], millis[b])); // stable: ties keep file order
            Path run = temporary(".run");
            runs.add(run);
            try (DataOutputStream runOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER))) {
                for (int i : order) {
                    runOut.writeLong(millis[i]);
                    runOut.writeInt(chunk.get(i).length);
                    runOut.write(chunk.get(i));
                }
            }
        }

        /** Merges the runs; among equal instants the earlier run (earlier in the trace) goes first. */
        private void merge(Path merged) throws IOException {
            List<Reader> readers = new ArrayList<>();
            try (DataOutputStream mergedOut = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(merged), BUFFER))) {
                PriorityQueue<Head> heads = new PriorityQueue<>();
                for (int i = 0; i < runs.size(); i++) {
                    Reader reader = new Reader(runs.get(i), codec);
                    readers.add(reader);
                    if (reader.advance()) {
                        heads.add(new Head(reader, i));
                    }
                }
                while (!heads.isEmpty()) {
                    Head head = heads.poll();
                    head.copyTo(mergedOut);
                    if (head.reader.advance()) {
                        heads.add(head);
                    }
                }
            } finally {
                for (Reader reader : readers) {
                    reader.close();
                }
            }
        }

        private Path temporary(String suffix) throws IOException {
            Path file = Files.createTempFile(directory, "stage7-trace-", suffix);
            file.toFile().deleteOnExit();
            return file;
        }

        /** Deletes everything written, unless {@link #finish} handed the file on. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                out.close();
                delete(spill);
                runs.forEach(ReplayFile::delete);
            }
        }

        private record Head(Reader reader, int run) implements Comparable<Head> {
            void copyTo(DataOutputStream out) throws IOException {
                out.writeLong(reader.millis());
                out.writeInt(reader.length());
                out.write(reader.take());
            }

            @Override
            public int compareTo(Head other) {
                int byTime = Long.compare(reader.millis(), other.reader.millis());
                return byTime != 0 ? byTime : Integer.compare(run, other.run);
            }
        }
    }
}
