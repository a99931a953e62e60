/**
 * Business calendars and period ends: when a regional desk is open, business-hours arithmetic on
 * instants (correct across DST switches, holidays, weekends and time zones), fiscal years and
 * quarters, the EoM/EoQ/EoY windows, reading holiday files, and public holidays by country and
 * subdivision.
 *
 * <p>Everything here is immutable and thread-safe, takes plain {@code java.time} values and
 * reports bad input as values ({@link io.stage7.calendar.HolidayFile.Problem}), never by throwing.
 * Builders and factories throw {@link IllegalArgumentException} only for programming errors,
 * which a checker should have reported with a source location first.
 *
 * <p>Depends on nothing else in Stage7: the rules checker builds these objects from the
 * {@code calendar}, {@code fiscal year} and {@code period_end} declarations, and the simulator
 * queries them on every event. Of libraries it uses Jollyday alone, in
 * {@link io.stage7.calendar.PublicHolidays}, the one class that knows it.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.calendar;
