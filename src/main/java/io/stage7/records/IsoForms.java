package io.stage7.records;

import io.stage7.functions.DateFunctions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The usual forms of {@link SalesforceForms}' dates and date-times, read by hand: an export
 * writes tens of thousands of {@code 2026-02-28} and {@code 2026-02-28T14:13:54.000+0000}, and
 * matching each with a regular expression, then building it through {@code java.time}, was a
 * seventh of the time spent reading a row. Each method answers only for text of the plain forms
 * that it reads to exactly the value {@link SalesforceForms} gives, and null for anything else
 * (spaces, other forms, days that do not exist, offsets near the ±18 hours limit, dates
 * Salesforce does not store): {@link SalesforceForms} then decides, and words the problem.
 * They read any {@link CharSequence}, so that {@link JsonRowReader} can hand them the parser's
 * own characters without making a String of each value.
 */
final class IsoForms {
    private static final long MIN_DAY = DateFunctions.MIN_DATE.toEpochDay();
    private static final long MAX_DAY = DateFunctions.MAX_DATE.toEpochDay();
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private IsoForms() {
    }

    /** {@code YYYY-MM-DD}, a day that exists and Salesforce stores; null for anything else. */
    static LocalDate date(CharSequence text) {
        if (text.length() != 10) {
            return null;
        }
        long day = epochDay(text);
        return day == Long.MIN_VALUE || day < MIN_DAY || day > MAX_DAY ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * {@code YYYY-MM-DD} (midnight GMT) or {@code YYYY-MM-DDTHH:MM:SS}, with a fraction of one to
     * nine digits, and {@code Z}, {@code +HH:MM} or {@code +HHMM}; null for anything else.
     */
    static Instant dateTime(CharSequence text) {
        int length = text.length();
        long day = length >= 10 ? epochDay(text) : Long.MIN_VALUE;
        if (day == Long.MIN_VALUE) {
            return null;
        }
        if (length == 10) {
            return day < MIN_DAY || day > MAX_DAY ? null : Instant.ofEpochSecond(day * 86_400);
        }
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int hours = twoDigits(text, 11);
        int minutes = twoDigits(text, 14);
        int seconds = twoDigits(text, 17);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int digits = 0;
            for (at++; at < length && digits < 10 && isDigit(text.charAt(at)); at++, digits++) {
                nanos = nanos * 10 + (text.charAt(at) - '0');
            }
            if (digits == 0 || digits > 9) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(text, at);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochSecond = day * 86_400 + hours * 3_600 + minutes * 60 + seconds - offsetSeconds;
        long gmtDay = Math.floorDiv(epochSecond, 86_400);
        return gmtDay < MIN_DAY || gmtDay > MAX_DAY ? null : Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The offset that ends {@code text} from {@code at} in seconds; MIN_VALUE when it is not one read here. */
    private static int offset(CharSequence text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return 0;
        }
        if (left != 5 && left != 6) {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(at);
        if (sign != '+' && sign != '-' || left == 6 && text.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = twoDigits(text, at + 1);
        int minutes = twoDigits(text, at + left - 2);
        if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE; // ±18:00 and beyond: java.time decides
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The epoch day of {@code YYYY-MM-DD} at the start of {@code text}; MIN_VALUE when it is not a day. */
    private static long epochDay(CharSequence text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int high = twoDigits(text, 0);
        int low = twoDigits(text, 2);
        int month = twoDigits(text, 5);
        int day = twoDigits(text, 8);
        if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1) {
            return Long.MIN_VALUE;
        }
        int year = high * 100 + low;
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day > (month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) {
            return Long.MIN_VALUE;
        }
        return daysFromCivil(year, month, day);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The two digits at {@code at}, or -1. */
    private static int twoDigits(CharSequence text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        return isDigit(tens) && isDigit(ones) ? (tens - '0') * 10 + (ones - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
