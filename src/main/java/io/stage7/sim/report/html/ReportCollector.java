package io.stage7.sim.report.html;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.Outcome;
import io.stage7.sim.model.RegionSnapshot;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.model.SlaTarget;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Observes one replication and keeps what the report draws beyond the summary: the backlog at
 * each time step, SLA attainment by week of submission (weeks start on Monday in the region's own
 * time zone) and the histogram of times to decision, per region. Unroutable attempts belong to no
 * region and are left out, as in the per-region metrics of {@code summary.json}. One per run.
 *
 * <p>Its memory does not grow with the horizon: the backlog is kept in at most
 * {@value PeakSeries#MAX_POINTS} points per region, each the peak of a run of time steps once
 * there are more steps than that ({@link PeakSeries}); attainment in at most
 * {@value #MAX_WEEK_POINTS} points per region, each a run of equally many weeks once the horizon
 * spans more weeks than that. Both depend only on the horizon and the time step, so every
 * replication of a scenario has the same points.
 */
public final class ReportCollector implements DeskObserver {

    /**
     * The most points of weekly attainment per region: 5 × 53, so that any horizon of up to five
     * years (which touches at most 262 weeks) is charted week by week.
     */
    static final int MAX_WEEK_POINTS = 265;

    private final List<String> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<ZoneId> zones;
    private final Instant countedFrom;
    private final Instant end;
    private final boolean businessHours;
    private final TimeHistogram histogram;
    private final long[][] counts;
    /** The Monday starting the first point of attainment, the earliest of the regions' first weeks. */
    private final LocalDate firstWeek;
    private final int weeksPerPoint;
    private final long[][] met;
    private final long[][] measured;
    private final PeakSeries backlog;
    private final int[] waiting;
    private boolean finished;

    /** A collector for one replication of {@code model}. */
    public ReportCollector(DeskModel model) {
        this(model, PeakSeries.MAX_POINTS, MAX_WEEK_POINTS);
    }

    /** The same, with at most {@code backlogPoints} backlog and {@code weekPoints} attainment points per region (tests). */
    ReportCollector(DeskModel model, int backlogPoints, int weekPoints) {
        this(model.regionNames(), zones(model), model.decidedSla(), Instant.ofEpochMilli(model.warmupEndMillis()),
                model.scenario().end(), backlogPoints, weekPoints);
    }

    /**
     * A collector for regions in the given zones, binning times by {@code sla} (business or
     * wall-clock hours as the SLA counts them; business hours without an SLA), for work counted
     * from {@code countedFrom} to {@code end}.
     */
    ReportCollector(List<String> regions, List<ZoneId> zones, Optional<SlaTarget> sla, Instant countedFrom, Instant end) {
        this(regions, zones, sla, countedFrom, end, PeakSeries.MAX_POINTS, MAX_WEEK_POINTS);
    }

    /** The same, with at most {@code backlogPoints} backlog points and {@code weekPoints} attainment points per region. */
    ReportCollector(List<String> regions, List<ZoneId> zones, Optional<SlaTarget> sla, Instant countedFrom, Instant end,
                    int backlogPoints, int weekPoints) {
        if (regions.size() != zones.size()) {
            throw new IllegalArgumentException("a zone per region");
        }
        this.regions = List.copyOf(regions);
        this.zones = List.copyOf(zones);
        this.countedFrom = countedFrom;
        this.end = end;
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i), i);
        }
        businessHours = sla.map(SlaTarget::businessHours).orElse(true);
        histogram = TimeHistogram.forSla(sla);
        counts = new long[regions.size()][histogram.bins() + 1];

        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (ZoneId zone : zones) {
            first = min(first, monday(countedFrom, zone));
            last = max(last, monday(lastCounted(), zone));
        }
        firstWeek = regions.isEmpty() ? LocalDate.EPOCH : first;
        long weeks = regions.isEmpty() ? 1 : Math.max(1, ChronoUnit.WEEKS.between(first, last) + 1);
        if (weekPoints < 1) {
            throw new IllegalArgumentException("at least one point of weekly attainment, not " + weekPoints);
        }
        weeksPerPoint = (int) ceilDiv(weeks, weekPoints);
        int points = (int) ceilDiv(weeks, weeksPerPoint);
        met = new long[regions.size()][points];
        measured = new long[regions.size()][points];

        backlog = new PeakSeries(regions.size(), backlogPoints);
        waiting = new int[regions.size()];
    }

    private static List<ZoneId> zones(DeskModel model) {
        List<ZoneId> zones = new ArrayList<>();
        for (int i = 0; i < model.regionNames().size(); i++) {
            zones.add(model.periodEnds(i).calendar().zone());
        }
        return zones;
    }

    private static LocalDate monday(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Instant lastCounted() {
        return end.isAfter(countedFrom) ? end.minusMillis(1) : countedFrom;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    @Override
    public void attempt(AttemptRow row) {
        if (row.outcome() == Outcome.UNROUTABLE) {
            return;
        }
        int region = regionIndex.get(row.region());
        if (row.slaMet().isPresent()) {
            Instant submitted = Instant.ofEpochMilli(row.submitted());
            long point = Math.floorDiv(ChronoUnit.DAYS.between(firstWeek, monday(submitted, zones.get(region))),
                    7L * weeksPerPoint);
            if (point < 0 || point >= met[region].length) {
                throw new IllegalArgumentException("attempt " + row.opportunity() + "/" + row.attempt() + " was submitted at "
                        + submitted + ", outside the counted horizon " + countedFrom + " .. " + end);
            }
            if (row.slaMet().get()) {
                met[region][(int) point]++;
            }
            measured[region][(int) point]++;
        }
        if (row.outcome().isDecided()) {
            double hours = businessHours && !Double.isNaN(row.businessHours()) ? row.businessHours() : row.wallHours();
            counts[region][histogram.bin(hours)]++;
        }
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> snapshot) {
        for (RegionSnapshot region : snapshot) {
            waiting[regionIndex.get(region.region())] = region.held() + region.queued();
        }
        backlog.add(time, waiting);
    }

    @Override
    public void finished(long time, RunTotals totals) {
        finished = true;
    }

    /** How many of the {@code days} dates from {@code start} lie in [first, last]; at least 1, since work was submitted in them. */
    private static int countedDays(LocalDate start, int days, LocalDate first, LocalDate last) {
        LocalDate from = max(start, first);
        LocalDate to = min(start.plusDays(days - 1L), last);
        return (int) Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * What the run showed.
     *
     * @throws IllegalStateException before the run has finished
     */
    public RunCharts charts() {
        if (!finished) {
            throw new IllegalStateException("the run has not finished");
        }
        List<Long> times = new ArrayList<>(backlog.points());
        for (long time : backlog.times()) {
            times.add(time);
        }
        Map<String, long[]> backlogSums = new LinkedHashMap<>();
        Map<String, long[]> histogramCounts = new LinkedHashMap<>();
        List<WeekAttainment> weekly = new ArrayList<>();
        int days = 7 * weeksPerPoint;
        for (int r = 0; r < regions.size(); r++) {
            String region = regions.get(r);
            int[] peaks = backlog.peaks(r);
            long[] series = new long[peaks.length];
            for (int i = 0; i < peaks.length; i++) {
                series[i] = peaks[i];
            }
            backlogSums.put(region, series);
            histogramCounts.put(region, counts[r].clone());
            LocalDate first = LocalDate.ofInstant(countedFrom, zones.get(r));
            LocalDate last = LocalDate.ofInstant(lastCounted(), zones.get(r));
            for (int point = 0; point < measured[r].length; point++) {
                if (measured[r][point] > 0) {
                    LocalDate start = firstWeek.plusDays((long) days * point);
                    weekly.add(new WeekAttainment(region, start, weeksPerPoint, countedDays(start, days, first, last),
                            met[r][point], measured[r][point]));
                }
            }
        }
        return new RunCharts(regions, 1, times, backlog.samplesPerPoint(), RunCharts.lists(backlogSums), histogram,
                RunCharts.lists(histogramCounts), weekly);
    }

    /** The array slots the backlog and attainment hold: what this collector's memory grows with (tests only). */
    int retainedSlots() {
        int slots = backlog.capacity() * (1 + regions.size());
        for (int r = 0; r < regions.size(); r++) {
            slots += met[r].length + measured[r].length;
        }
        return slots;
    }
}
