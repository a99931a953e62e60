package io.stage7.sim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent replications 0..n-1 of a simulation on a pool of threads. Each replication
 * owns its random streams (they derive from the seed and the replication number, never from the
 * thread), so the results are identical whatever the thread count; they come back in
 * replication order.
 *
 * <p>Failures: whatever a replication throws (a {@link RuntimeException}, an
 * {@link OutOfMemoryError} or any other {@link Error}) reaches the caller's thread unchanged, as
 * the failure of the first replication in order that failed, never a worker's stack trace: no
 * worker thread dies of an uncaught throwable. Before it is rethrown the other replications are
 * cancelled (interrupted: the kernel stops between events) and, for up to
 * {@value #CANCEL_WAIT_SECONDS} seconds, waited for, so that a full heap is freed before the
 * caller reports it.
 */
public final class Replications {

    /** Told after each replication completes, from the thread that ran it. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (completed, total) -> { };

        void completed(int completed, int total);
    }

    /** How long a failure waits for the cancelled replications to stop before it is rethrown. */
    static final int CANCEL_WAIT_SECONDS = 10;

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
     * @throws Error            likewise, an error such as {@link OutOfMemoryError} that a replication threw
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
            cancel(pool);
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

    /** Interrupts every replication still running and waits (bounded) until they have stopped. */
    private static void cancel(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
