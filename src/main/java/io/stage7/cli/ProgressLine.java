package io.stage7.cli;

import io.stage7.sim.experiment.Replications;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr, one line rewritten in place: {@code 12/40 replications,
 * about 8 s left}. Shown when the terminal is interactive ({@link System#console()} is not null,
 * which in Java 17 means stdin and stdout are terminals) unless {@code --no-progress}, or always
 * with {@code --progress}; so pipes, redirections and CI stay quiet. The estimate is the mean time
 * per completed replication so far; the clock it reads touches only this line, never a result.
 */
final class ProgressLine implements Replications.Progress {

    /** Progress that prints nothing. */
    static final ProgressLine SILENT = new ProgressLine(null, "");

    private static final long REPAINT_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String unit;
    private final long started = System.nanoTime();
    private long lastPainted = Long.MIN_VALUE;
    private int painted;

    private ProgressLine(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    /**
     * The progress line for a command: shown if {@code requested} says so, else if the terminal
     * is interactive.
     *
     * @param requested {@code --progress} (true), {@code --no-progress} (false), or neither (null)
     * @param unit      what is counted, plural: {@code "replications"}
     */
    static ProgressLine of(Boolean requested, PrintWriter err, String unit) {
        boolean show = requested != null ? requested : System.console() != null;
        return show ? new ProgressLine(err, unit) : SILENT;
    }

    /** Shows {@code 0/total} before the first replication completes. */
    synchronized void begin(int total) {
        if (err != null) {
            paint("0/" + total + " " + unit);
        }
    }

    @Override
    public synchronized void completed(int completed, int total) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (completed < total && lastPainted != Long.MIN_VALUE && now - lastPainted < REPAINT_NANOS) {
            return;
        }
        lastPainted = now;
        String line = completed + "/" + total + " " + unit;
        if (completed < total) {
            double left = (now - started) / 1e9 / completed * (total - completed);
            line += left < 0.5 ? ", almost done" : ", about " + duration(left) + " left";
        }
        paint(line);
    }

    /** Clears the line, so that what follows starts on a clean one. */
    synchronized void finish() {
        if (err != null && painted > 0) {
            TerminalWriter.control(err, "\r" + " ".repeat(painted) + "\r");
            err.flush();
            painted = 0;
        }
    }

    private void paint(String line) {
        // Pad over a longer previous line instead of relying on an ANSI erase.
        String padded = line.length() < painted ? line + " ".repeat(painted - line.length()) : line;
        TerminalWriter.control(err, "\r");
        err.print(padded);
        err.flush();
        painted = line.length();
    }

    /** {@code 8 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
