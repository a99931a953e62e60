package io.stage7.sim.report.html;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.sim.model.AttemptRow;
import io.stage7.sim.model.CaseRow;
import io.stage7.sim.model.DeskModel;
import io.stage7.sim.model.DeskObserver;
import io.stage7.sim.model.RunTotals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arrivals against capacity in one run, per region: the work that arrives (review time of the
 * attempts and first-response time of the Chatter cases, by when they were submitted or opened)
 * and the specialists on shift, by hour of the week in the region's own time zone and by the kind
 * of day (normal, or the most significant period-end window it is in). Counted after the warm-up,
 * in arrays of fixed size whatever the horizon.
 */
public final class CapacityCollector implements DeskObserver {

    /** Hours in a week: Monday 00:00-01:00 local is slot 0. */
    public static final int HOURS_OF_WEEK = 168;
    /** Normal days, then EoM, EoQ and EoY days. */
    public static final int DAY_KINDS = 1 + PeriodKind.values().length;
    private static final double HOUR = 3_600_000.0;

    private final List<String> regions;
    private final BusinessCalendar[] calendars;
    private final Map<LocalDate, Integer>[] kinds;
    private final long countFrom;
    private final long end;
    private final double[][] offeredByHour;
    private final double[][] workingByHour;
    private final double[][] hoursByHour;
    private final double[][] offeredByKind;
    private final double[][] workingByKind;
    private final int[][] daysByKind;
    private final long[] since;
    private final int[] working;

    @SuppressWarnings("unchecked")
    public CapacityCollector(DeskModel model) {
        regions = model.regionNames();
        int n = regions.size();
        calendars = new BusinessCalendar[n];
        kinds = new Map[n];
        countFrom = model.warmupEndMillis();
        end = model.scenario().end().toEpochMilli();
        offeredByHour = new double[n][HOURS_OF_WEEK];
        workingByHour = new double[n][HOURS_OF_WEEK];
        hoursByHour = new double[n][HOURS_OF_WEEK];
        offeredByKind = new double[n][DAY_KINDS];
        workingByKind = new double[n][DAY_KINDS];
        daysByKind = new int[n][DAY_KINDS];
        since = new long[n];
        working = new int[n];
        for (int r = 0; r < n; r++) {
            PeriodEnds periodEnds = model.periodEnds(r);
            calendars[r] = periodEnds.calendar();
            kinds[r] = new HashMap<>();
            since[r] = model.scenario().start().toEpochMilli();
            LocalDate last = calendars[r].localDate(Instant.ofEpochMilli(end - 1));
            for (LocalDate date = calendars[r].localDate(model.scenario().start()); !date.isAfter(last); date = date.plusDays(1)) {
                Instant dayStart = calendars[r].startOfDay(date);
                Optional<PeriodKind> kind = periodEnds.mostSignificant(dayStart);
                int k = kind.map(p -> p.ordinal() + 1).orElse(0);
                kinds[r].put(date, k);
                if (dayStart.toEpochMilli() >= countFrom && dayStart.toEpochMilli() < end) {
                    daysByKind[r][k]++;
                }
            }
            // How often each hour of the week occurs in the counted horizon (fractions at its edges).
            accrue(r, countFrom, end, 1, hoursByHour[r], null);
        }
    }

    /** The regions, in the model's order. */
    public List<String> regions() {
        return regions;
    }

    /** Mean specialist-hours of work arriving per hour, at each hour of the week (region's local time). */
    public double[] offeredByHour(int region) {
        return perOccurrence(offeredByHour[region], hoursByHour[region]);
    }

    /** Mean specialists on shift at each hour of the week. */
    public double[] workingByHour(int region) {
        return perOccurrence(workingByHour[region], hoursByHour[region]);
    }

    /** Counted days of each kind (normal, EoM, EoQ, EoY). */
    public int days(int region, int kind) {
        return daysByKind[region][kind];
    }

    /** Mean specialist-hours of work arriving per day of the kind; NaN without such days. */
    public double offeredPerDay(int region, int kind) {
        return daysByKind[region][kind] == 0 ? Double.NaN : offeredByKind[region][kind] / HOUR / daysByKind[region][kind];
    }

    /** Mean specialist-hours on shift per day of the kind; NaN without such days. */
    public double workingPerDay(int region, int kind) {
        return daysByKind[region][kind] == 0 ? Double.NaN : workingByKind[region][kind] / HOUR / daysByKind[region][kind];
    }

    private static double[] perOccurrence(double[] totals, double[] hours) {
        double[] mean = new double[totals.length];
        for (int i = 0; i < totals.length; i++) {
            mean[i] = hours[i] > 0 ? totals[i] / HOUR / hours[i] : 0;
        }
        return mean;
    }

    private int slot(int region, long millis) {
        ZonedDateTime local = Instant.ofEpochMilli(millis).atZone(calendars[region].zone());
        return (local.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + local.getHour();
    }

    private int kind(int region, long millis) {
        return kinds[region].getOrDefault(calendars[region].localDate(Instant.ofEpochMilli(millis)), 0);
    }

    /**
     * Adds {@code level} over [from, to), clipped to the counted horizon, split at the region's
     * local hour boundaries, into {@code byHour} by hour of the week and, if given, {@code byKind}
     * by kind of day (both in level × milliseconds); without {@code byKind}, {@code byHour} gets
     * level × hours (how often each hour of the week occurs).
     */
    private void accrue(int region, long from, long to, double level, double[] byHour, double[] byKind) {
        long at = Math.max(from, countFrom);
        long stop = Math.min(to, end);
        while (at < stop) {
            ZonedDateTime local = Instant.ofEpochMilli(at).atZone(calendars[region].zone());
            long next = Math.min(stop, local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant().toEpochMilli());
            double amount = level * (next - at);
            int slot = (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
            byHour[slot] += byKind == null ? amount / HOUR : amount;
            if (byKind != null) {
                byKind[kind(region, at)] += amount;
            }
            at = next;
        }
    }

    private void offered(String regionName, long submitted, long started, long done) {
        int region = regions.indexOf(regionName);
        if (region < 0 || started == AttemptRow.NEVER || done == AttemptRow.NEVER || submitted < countFrom) {
            return;
        }
        double work = done - started;
        offeredByHour[region][slot(region, submitted)] += work;
        offeredByKind[region][kind(region, submitted)] += work;
    }

    @Override
    public void attempt(AttemptRow row) {
        offered(row.region(), row.submitted(), row.started(), row.decided());
    }

    @Override
    public void chatterCase(CaseRow row) {
        offered(row.region(), row.opened(), row.started(), row.responded());
    }

    @Override
    public void staffing(int region, long time, int workingNow, int busyNow) {
        accrue(region, since[region], time, working[region], workingByHour[region], workingByKind[region]);
        since[region] = time;
        working[region] = workingNow;
    }

    @Override
    public void finished(long time, RunTotals totals) {
        for (int r = 0; r < since.length; r++) {
            accrue(r, since[r], time, working[r], workingByHour[r], workingByKind[r]);
            since[r] = time;
        }
    }
}
