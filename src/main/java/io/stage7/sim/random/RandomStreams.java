package io.stage7.sim.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The random streams of one replication of one scenario run: one independent, named
 * {@link RandomStream} per source of randomness.
 *
 * <p>A stream's initial state is the SHA-256 digest of a version tag, the seed, the replication
 * number and the stream's name (UTF-8), read as the four 64-bit words of xoshiro256** state. So a
 * stream depends on those three values and nothing else: not on the order in which streams are
 * requested, not on which other streams exist, not on the thread that runs the replication.
 * Hashing rather than jumping one generator means a new source of randomness added to the model
 * leaves every existing stream's samples unchanged.
 *
 * <p>Common random numbers: two configurations run with the same seed and replication number see
 * the same samples from a stream of a given name. To keep samples aligned when configurations
 * differ, give each source its own stream and draw per entity (for example, sample a
 * submission's review time when it arrives, not when a specialist becomes free).
 *
 * <p>Asking twice for the same name returns the same stream object, which continues where it left
 * off. Not thread-safe: a replication owns its {@code RandomStreams}.
 */
public final class RandomStreams {

    /** Changing the derivation changes every sample; the tag says which derivation this is. */
    private static final byte[] DERIVATION = "io.stage7.sim.random.RandomStreams/v1".getBytes(StandardCharsets.UTF_8);

    private final long seed;
    private final int replication;
    private final Map<String, RandomStream> streams = new HashMap<>();

    private RandomStreams(long seed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be non-negative, got " + replication);
        }
        this.seed = seed;
        this.replication = replication;
    }

    /** The streams of replication 0 of a run with this seed. */
    public static RandomStreams of(long seed) {
        return new RandomStreams(seed, 0);
    }

    /** The streams of replication {@code replication} (0, 1, 2, ...) of a run with this seed. */
    public static RandomStreams forReplication(long seed, int replication) {
        return new RandomStreams(seed, replication);
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The replication number. */
    public int replication() {
        return replication;
    }

    /**
     * The stream for one source of randomness, such as {@code "arrivals/EMEA"}.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public RandomStream stream(String name) {
        Objects.requireNonNull(name, "name");
        RandomStream stream = streams.get(name);
        if (stream == null) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a random stream needs a name");
            }
            stream = derive(name);
            streams.put(name, stream);
        }
        return stream;
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + seed + ", replication=" + replication + "]";
    }

    private RandomStream derive(String name) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        sha256.update(DERIVATION);
        // Fixed-width fields before the one variable-length field: no two inputs collide.
        sha256.update(ByteBuffer.allocate(Long.BYTES + Integer.BYTES).putLong(seed).putInt(replication).array());
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        ByteBuffer state = ByteBuffer.wrap(sha256.digest());
        return new RandomStream(name, state.getLong(), state.getLong(), state.getLong(), state.getLong());
    }
}
