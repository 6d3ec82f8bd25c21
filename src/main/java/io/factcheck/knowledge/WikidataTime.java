package io.factcheck.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Wikidata time value ({"time": "+2017-01-20T00:00:00Z", "precision": 11}) as a date and its precision: 11 (or
 * finer) is a day, 10 a month, 9 a year; a month or day written "00" is unknown, which coarsens the precision. The
 * date is the first day of its month or year when it is known only that precisely, as the knowledge base stores it.
 */
public record WikidataTime(LocalDate date, DatePrecision precision) {

    private static final Pattern TIME = Pattern.compile("([+-])(\\d{1,16})-(\\d{2})-(\\d{2})T.*");
    /** Wikidata's wikibase:timePrecision for a year; coarser values (decades, centuries) are not dates to us. */
    public static final int YEAR_PRECISION = 9;
    private static final int MONTH_PRECISION = 10;
    private static final int DAY_PRECISION = 11;

    /** Parses a time value; throws IllegalArgumentException with a reason a person can read. */
    static WikidataTime parse(JsonNode value) {
        return parse(value.path("time").asText(""), value.path("precision").asInt(-1));
    }

    /**
     * Parses a time ("+2017-01-20T00:00:00Z", as entity JSON writes it) at a wikibase:timePrecision; throws
     * IllegalArgumentException with a reason a person can read.
     */
    public static WikidataTime parse(String time, int declared) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new IllegalArgumentException("time \"" + time + "\" is not a Wikidata time value");
        }
        if (declared < YEAR_PRECISION) {
            throw new IllegalArgumentException("time " + time + " is known less precisely than to the year");
        }
        if (m.group(1).equals("-")) {
            throw new IllegalArgumentException("time " + time + " is before the common era");
        }
        long year = Long.parseLong(m.group(2));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("time " + time + " has a year out of range");
        }
        DatePrecision precision = declared >= DAY_PRECISION ? DatePrecision.DAY
                : declared == MONTH_PRECISION ? DatePrecision.MONTH : DatePrecision.YEAR;
        if (month == 0) {
            precision = DatePrecision.YEAR;
        } else if (day == 0 && precision == DatePrecision.DAY) {
            precision = DatePrecision.MONTH;
        }
        try {
            LocalDate date = LocalDate.of((int) year, Math.max(month, 1), Math.max(day, 1));
            return new WikidataTime(TenureService.firstDayAt(date, precision), precision);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time " + time + " is not a calendar date");
        }
    }

    /** The coarser of two precisions: a tenure has one precision for both of its dates. */
    public static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
