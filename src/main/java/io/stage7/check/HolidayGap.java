package io.stage7.check;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;

import java.util.Objects;

/**
 * A calendar that has no holiday data for some of the years asked about: it only lists holidays
 * (files, inline dates), and its last listed year is before them, so in those years every
 * weekday would silently be a business day, Christmas included.
 *
 * @param calendar   the calendar's declared name
 * @param lastListed the year of its latest listed holiday
 * @param firstYear  the first year asked about that it has no data for
 * @param lastYear   the last year asked about
 * @param listedAt   the clause that lists its holidays
 */
public record HolidayGap(String calendar, int lastListed, int firstYear, int lastYear, SourceSpan listedAt) {

    /** The code of the warning, for tools and tests. */
    public static final String CODE = "no-holiday-data";

    public HolidayGap {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(listedAt, "listedAt");
    }

    /** What is missing and what to do, without a location. */
    public String message() {
        String years = firstYear == lastYear ? "in " + firstYear : "from " + firstYear + " to " + lastYear;
        return "calendar '" + calendar + "' lists holidays only until " + lastListed + ": " + years
                + " every weekday is a business day, Christmas included; declare 'holidays public \"<country>\"'"
                + " for holidays that do not run out, or list " + (firstYear == lastYear ? firstYear + "'s" : "those years'")
                + " holidays";
    }

    /** The warning, at the clause that lists the calendar's holidays. */
    public Diagnostic diagnostic() {
        return Diagnostic.warning(CODE, listedAt, message());
    }
}
