package io.stage7.sim.report.html;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The series of one run (or of several replications pooled) that the report draws and the summary
 * does not keep: the backlog over time per region, SLA attainment by week per region and the
 * histogram of times to decision per region. Counts are kept as integer sums over the
 * replications, so pooling is exact and does not depend on the order replications finish in.
 *
 * <p>The backlog has a point per time step up to {@value PeakSeries#MAX_POINTS} steps; beyond,
 * each point covers {@code stepsPerPoint} steps (a power of two) and holds the peak backlog in
 * them (see {@link PeakSeries}). Pooled, a point is the sum over the replications of each one's
 * peak, so {@link #backlog} is the mean of the replications' peaks.
 *
 * @param regions         the regions, in scenario order
 * @param replications    how many replications are pooled
 * @param times           when each backlog point starts (epoch milliseconds): with a point per step, the time
 *                        steps, warm-up included, and the end of the run
 * @param stepsPerPoint   how many time steps each backlog point covers (the last may cover fewer): 1, or a power
 *                        of two when the run has more steps than points
 * @param backlogSums     per region, at each point, the attempts waiting (held + queued) at its step, or their
 *                        peak over its steps, summed over the replications
 * @param histogram       the bins of the time-to-decision histogram
 * @param histogramCounts per region, decisions per bin (the last one the overflow bin), summed over the replications
 * @param weeks           SLA attainment by region (in scenario order), then week; counts summed over the
 *                        replications; every point covers the same number of weeks
 */
public record RunCharts(List<String> regions, int replications, List<Long> times, long stepsPerPoint,
                        Map<String, List<Long>> backlogSums, TimeHistogram histogram,
                        Map<String, List<Long>> histogramCounts, List<WeekAttainment> weeks) {

    public RunCharts {
        regions = List.copyOf(regions);
        if (replications < 1) {
            throw new IllegalArgumentException("at least one replication, got " + replications);
        }
        times = List.copyOf(times);
        if (stepsPerPoint < 1) {
            throw new IllegalArgumentException("at least one step per point, got " + stepsPerPoint);
        }
        backlogSums = frozen(backlogSums);
        Objects.requireNonNull(histogram, "histogram");
        histogramCounts = frozen(histogramCounts);
        weeks = List.copyOf(weeks);
        if (weeks.stream().mapToInt(WeekAttainment::weeks).distinct().count() > 1) {
            throw new IllegalArgumentException("the points of weekly attainment cover different numbers of weeks");
        }
    }

    /** How many weeks each point of {@link #weeks} covers: 1 unless the horizon is longer than the chart holds. */
    public int weeksPerPoint() {
        return weeks.isEmpty() ? 1 : weeks.get(0).weeks();
    }

    /**
     * How long each backlog point lasts when it covers several time steps (and so holds their peak);
     * empty when there is a point per step.
     */
    public Optional<Duration> peakInterval() {
        // Points start stepsPerPoint steps apart; only the last may cover fewer, and there are
        // more than two points once steps are merged.
        return stepsPerPoint == 1 || times.size() < 2 ? Optional.empty()
                : Optional.of(Duration.ofMillis(times.get(1) - times.get(0)));
    }

    /** The mean backlog of a region at each point (with several steps per point, the mean of the replications' peaks). */
    public List<Double> backlog(String region) {
        List<Long> sums = backlogSums.get(region);
        if (sums == null) {
            throw new IllegalArgumentException("no region " + region);
        }
        List<Double> means = new ArrayList<>(sums.size());
        for (long sum : sums) {
            means.add(sum / (double) replications);
        }
        return means;
    }

    /**
     * The replications of one scenario pooled: backlog and histogram counts added up, weekly
     * attainment counted over every replication's submissions.
     *
     * @throws IllegalArgumentException if the runs are not replications of one model (other regions,
     *                                  time steps, bins or weeks per point)
     */
    public static RunCharts pool(List<RunCharts> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to pool");
        }
        RunCharts first = runs.get(0);
        if (runs.size() == 1) {
            return first;
        }
        int replications = 0;
        int weeksPerPoint = 0; // 0 until a run with weekly attainment says
        Map<String, long[]> backlog = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, TreeMap<java.time.LocalDate, long[]>> weeks = new LinkedHashMap<>();
        for (String region : first.regions) {
            backlog.put(region, new long[first.times.size()]);
            counts.put(region, new long[first.histogram.bins() + 1]);
            weeks.put(region, new TreeMap<>());
        }
        for (RunCharts run : runs) {
            if (!run.regions.equals(first.regions) || !run.times.equals(first.times) || run.stepsPerPoint != first.stepsPerPoint
                    || !run.histogram.equals(first.histogram)
                    || !run.weeks.isEmpty() && weeksPerPoint != 0 && run.weeksPerPoint() != weeksPerPoint) {
                throw new IllegalArgumentException("only replications of one model can be pooled");
            }
            if (!run.weeks.isEmpty()) {
                weeksPerPoint = run.weeksPerPoint();
            }
            replications += run.replications;
            for (String region : first.regions) {
                add(backlog.get(region), run.backlogSums.get(region));
                add(counts.get(region), run.histogramCounts.get(region));
            }
            for (WeekAttainment week : run.weeks) {
                long[] tally = weeks.get(week.region()).computeIfAbsent(week.week(), w -> new long[3]);
                tally[0] += week.met();
                tally[1] += week.measured();
                tally[2] = week.days();
            }
        }
        int span = Math.max(1, weeksPerPoint);
        List<WeekAttainment> pooledWeeks = new ArrayList<>();
        weeks.forEach((region, byWeek) -> byWeek.forEach((week, tally) ->
                pooledWeeks.add(new WeekAttainment(region, week, span, (int) tally[2], tally[0], tally[1]))));
        return new RunCharts(first.regions, replications, first.times, first.stepsPerPoint, lists(backlog),
                first.histogram, lists(counts), pooledWeeks);
    }

    private static void add(long[] into, List<Long> values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values.get(i);
        }
    }

    static Map<String, List<Long>> lists(Map<String, long[]> arrays) {
        Map<String, List<Long>> lists = new LinkedHashMap<>();
        arrays.forEach((key, values) -> {
            List<Long> list = new ArrayList<>(values.length);
            for (long value : values) {
                list.add(value);
            }
            lists.put(key, list);
        });
        return lists;
    }

    private static Map<String, List<Long>> frozen(Map<String, List<Long>> map) {
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
