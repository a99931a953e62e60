package io.stage7.sim.model;

import io.stage7.calendar.BusinessCalendar;
import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.check.Cutoff;
import io.stage7.check.PeriodEndNames;
import io.stage7.scenario.RegionPlan;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One staffed region as the model runs it: the rules' region (calendar, cutoffs), its support
 * calendar (declared hours plus period-end extended hours), its period-end windows, the scenario's
 * staffing plan, and the calendars its SLAs count business hours on. Immutable.
 *
 * @param support            the hours specialists work and work becomes eligible in
 * @param decidedSlaCalendar where the decided-SLA counts business hours for work handled here
 * @param caseSlaCalendar    where the first-response SLA counts business hours for cases opened here
 * @param chatterPerDay      mean Chatter cases opened per business day (0 without Chatter)
 */
record RegionSetup(int index, String name, BusinessCalendar calendar, BusinessCalendar support,
                   PeriodEnds periodEnds, List<Cutoff> cutoffs, RegionPlan plan,
                   BusinessCalendar decidedSlaCalendar, BusinessCalendar caseSlaCalendar, double chatterPerDay) {

    RegionSetup {
        cutoffs = List.copyOf(cutoffs);
    }

    /** The size of the roster: the largest of the plan's headcounts. */
    int rosterSize() {
        return plan.rosterSize();
    }

    /**
     * When work submitted (or allowed from) {@code fromMillis} with this complexity may first be
     * worked: the next opening of the support calendar, or, for a complexity with a cutoff, after
     * whose local time it arrived, the opening of the next business day, unless the instant lies in
     * one of the cutoff's exempt period-end windows.
     */
    long eligibleAt(long fromMillis, String complexity) {
        Instant from = Instant.ofEpochMilli(fromMillis);
        for (Cutoff cutoff : cutoffs) {
            if (cutoff.complexity().equalsIgnoreCase(complexity) && afterCutoff(from, cutoff.after())
                    && !exempt(from, cutoff)) {
                return support.startOfNextBusinessDay(from).toEpochMilli();
            }
        }
        return support.nextOpening(from).toEpochMilli();
    }

    private boolean afterCutoff(Instant instant, LocalTime after) {
        return calendar.localTime(instant).isAfter(after);
    }

    private boolean exempt(Instant instant, Cutoff cutoff) {
        for (PeriodKind kind : cutoff.exceptDuring()) {
            if (periodEnds.isPeriodEnd(instant, kind)) {
                return true;
            }
        }
        return false;
    }

    /** The label of the most significant period-end window at an instant, or "" outside them. */
    String periodEndLabel(long millis) {
        Optional<PeriodKind> kind = periodEnds.mostSignificant(Instant.ofEpochMilli(millis));
        return kind.map(PeriodEndNames::label).orElse("");
    }
}
