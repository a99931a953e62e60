package io.stage7.sim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent replications 0..n-1 of a simulation on a pool of threads. Each replication
 * owns its random streams (they derive from the seed and the replication number, never from the
 * thread), so the results are identical whatever the thread count; they come back in
 * replication order.
 */
public final class Replications {

    /** Told after each replication completes, from the thread that ran it. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (completed, total) -> { };

        void completed(int completed, int total);
    }

    private Replications() {
    }

    /** The number of threads to use when the caller does not say: every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code count} replications on at most {@code threads} threads.
     *
     * @param replication runs replication r and returns its result; must be safe to call from
     *                    several threads at once for different r
     * @throws RuntimeException the failure of the first replication (in replication order) that
     *                          failed, after the others have stopped
     */
    public static <T> List<T> run(int count, int threads, IntFunction<T> replication, Progress progress) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one replication, got " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, got " + threads);
        }
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(progress, "progress");
        AtomicInteger completed = new AtomicInteger();
        int workers = Math.min(threads, count);
        if (workers == 1) {
            List<T> results = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                results.add(replication.apply(r));
                progress.completed(completed.incrementAndGet(), count);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                int index = r;
                futures.add(pool.submit(() -> {
                    T result = replication.apply(index);
                    progress.completed(completed.incrementAndGet(), count);
                    return result;
                }));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(await(future, pool));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future, ExecutorService pool) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("interrupted while waiting for replications", e);
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "stage7-replication-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
