package io.stage7.sim.report.html;

import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.Outcome;
import io.stage7.sim.model.RegionSnapshot;
import io.stage7.sim.model.SlaTarget;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Observes one replication and keeps what the report draws beyond the summary: the backlog at
 * each time step, SLA attainment by week of submission (weeks start on Monday in the region's own
 * time zone) and the histogram of times to decision, per region. Unroutable attempts belong to no
 * region and are left out, as in the per-region metrics of {@code summary.json}. One per run.
 */
public final class ReportCollector implements DeskObserver {

    private final List<String> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<ZoneId> zones;
    private final Instant countedFrom;
    private final Instant end;
    private final boolean businessHours;
    private final TimeHistogram histogram;
    private final long[][] counts;
    private final List<TreeMap<LocalDate, long[]>> weeks = new ArrayList<>();
    private long[] times = new long[256];
    private final int[][] backlog;
    private int steps;
    private boolean finished;

    /** A collector for one replication of {@code model}. */
    public ReportCollector(DeskModel model) {
        this(model.regionNames(), zones(model), model.decidedSla(), Instant.ofEpochMilli(model.warmupEndMillis()),
                model.scenario().end());
    }

    /**
     * A collector for regions in the given zones, binning times by {@code sla} (business or
     * wall-clock hours as the SLA counts them; business hours without an SLA), for work counted
     * from {@code countedFrom} to {@code end}.
     */
    ReportCollector(List<String> regions, List<ZoneId> zones, Optional<SlaTarget> sla, Instant countedFrom, Instant end) {
        if (regions.size() != zones.size()) {
            throw new IllegalArgumentException("a zone per region");
        }
        this.regions = List.copyOf(regions);
        this.zones = List.copyOf(zones);
        this.countedFrom = countedFrom;
        this.end = end;
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i), i);
            weeks.add(new TreeMap<>());
        }
        businessHours = sla.map(SlaTarget::businessHours).orElse(true);
        histogram = TimeHistogram.forSla(sla);
        counts = new long[regions.size()][histogram.bins() + 1];
        backlog = new int[regions.size()][256];
    }

    private static List<ZoneId> zones(DeskModel model) {
        List<ZoneId> zones = new ArrayList<>();
        for (int i = 0; i < model.regionNames().size(); i++) {
            zones.add(model.periodEnds(i).calendar().zone());
        }
        return zones;
    }

    @Override
    public void attempt(AttemptRow row) {
        if (row.outcome() == Outcome.UNROUTABLE) {
            return;
        }
        int region = regionIndex.get(row.region());
        if (row.slaMet().isPresent()) {
            LocalDate week = LocalDate.ofInstant(Instant.ofEpochMilli(row.submitted()), zones.get(region))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] tally = weeks.get(region).computeIfAbsent(week, w -> new long[2]);
            if (row.slaMet().get()) {
                tally[0]++;
            }
            tally[1]++;
        }
        if (row.outcome().isDecided()) {
            double hours = businessHours && !Double.isNaN(row.businessHours()) ? row.businessHours() : row.wallHours();
            counts[region][histogram.bin(hours)]++;
        }
    }

    @Override
    public void snapshot(long time, List<RegionSnapshot> snapshot) {
        if (steps == times.length) {
            times = Arrays.copyOf(times, steps * 2);
            for (int r = 0; r < backlog.length; r++) {
                backlog[r] = Arrays.copyOf(backlog[r], steps * 2);
            }
        }
        times[steps] = time;
        for (RegionSnapshot region : snapshot) {
            backlog[regionIndex.get(region.region())][steps] = region.held() + region.queued();
        }
        steps++;
    }

    @Override
    public void finished(long time, io.stage7.sim.model.RunTotals totals) {
        finished = true;
    }

    /** How many of the week's dates lie in [first, last]; at least 1, since work was submitted in it. */
    private static int countedDays(LocalDate week, LocalDate first, LocalDate last) {
        int days = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.plusDays(d);
            if (!date.isBefore(first) && !date.isAfter(last)) {
                days++;
            }
        }
        return Math.max(days, 1);
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
        List<Long> timeList = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            timeList.add(times[i]);
        }
        Map<String, long[]> backlogSums = new LinkedHashMap<>();
        Map<String, long[]> histogramCounts = new LinkedHashMap<>();
        List<WeekAttainment> weekly = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            long[] series = new long[steps];
            for (int i = 0; i < steps; i++) {
                series[i] = backlog[r][i];
            }
            backlogSums.put(regions.get(r), series);
            histogramCounts.put(regions.get(r), counts[r].clone());
            String region = regions.get(r);
            LocalDate first = LocalDate.ofInstant(countedFrom, zones.get(r));
            LocalDate last = LocalDate.ofInstant(end.minusMillis(1), zones.get(r));
            weeks.get(r).forEach((week, tally) -> weekly.add(
                    new WeekAttainment(region, week, countedDays(week, first, last), tally[0], tally[1])));
        }
        return new RunCharts(regions, 1, timeList, RunCharts.lists(backlogSums), histogram,
                RunCharts.lists(histogramCounts), weekly);
    }
}
