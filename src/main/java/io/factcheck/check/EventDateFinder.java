package io.factcheck.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds explicit points in time in one pass, triggered by four-digit years: "2019", "in early 2022", "mid-2021",
 * "January 2022", "12 March 2019", "March 12, 2019", "2019-03-12". Periods ("since 1994", "2026–2028", "the 1990s",
 * "from 2017") are not points in time and are left out.
 */
final class EventDateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Words before a year that make it one end of a period rather than the time of an event. */
    private static final Set<String> PERIOD_WORDS = Set.of("since", "until", "till", "by", "before", "after", "from",
            "through", "between", "to", "prior", "ahead", "beyond");

    private EventDateFinder() {
    }

    static List<TimeExpression> find(String t) {
        List<TimeExpression> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(t.charAt(j))) {
                j++;
            }
            if (j - i == 4) {
                TimeExpression found = atYear(t, i, j);
                if (found != null) {
                    out.add(found);
                    i = Math.max(j, found.end());
                    continue;
                }
            }
            i = j;
        }
        return out;
    }

    private static TimeExpression atYear(String t, int ys, int ye) {
        int year = Integer.parseInt(t, ys, ye, 10);
        if (year < 1900 || year > 2099) {
            return null;
        }
        int n = t.length();
        if (ye < n && (Character.isLetter(t.charAt(ye)) || t.charAt(ye) == '%')) {
            return null; // "1990s", "2020%"
        }
        // ISO date
        if (ye + 6 <= n && t.charAt(ye) == '-' && isDigits(t, ye + 1, ye + 3) && t.charAt(ye + 3) == '-'
                && isDigits(t, ye + 4, ye + 6) && (ye + 6 == n || !Character.isLetterOrDigit(t.charAt(ye + 6)))) {
            try {
                LocalDate d = LocalDate.of(year, Integer.parseInt(t, ye + 1, ye + 3, 10), Integer.parseInt(t, ye + 4, ye + 6, 10));
                return pointOrNull(t, ys, ye + 6, d, d);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (ye + 1 < n && isDash(t.charAt(ye)) && Character.isDigit(t.charAt(ye + 1))) {
            return null; // a range "2026–2028"
        }
        if (ys >= 2 && isDash(t.charAt(ys - 1)) && Character.isDigit(t.charAt(ys - 2))) {
            return null;
        }
        if (ys >= 1 && (t.charAt(ys - 1) == '$' || t.charAt(ys - 1) == '#')) {
            return null;
        }
        if (ys >= 2 && (t.charAt(ys - 1) == ',' || t.charAt(ys - 1) == '.') && Character.isDigit(t.charAt(ys - 2))) {
            return null; // "12,2019" is a number, not a year
        }
        // Look left for "[day] Month [day,] YEAR".
        int p = Words.skipSpacesLeft(t, ys);
        if (p > 0 && t.charAt(p - 1) == ',') {
            p = Words.skipSpacesLeft(t, p - 1);
        }
        int ws = Words.wordStartBefore(t, p);
        String w = Words.lower(t, ws, p);
        Integer day = dayNumber(w);
        if (day != null && ws < p) {
            int q = Words.skipSpacesLeft(t, ws);
            int ms = Words.wordStartBefore(t, q);
            Integer month = month(Words.lower(t, ms, q));
            if (month != null && ms < q) {
                return date(t, ms, ye, year, month, day);
            }
            return pointOrNull(t, ys, ye, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        Integer month = ws < p ? month(w) : null;
        if (month != null && !(w.equals("may") && !Character.isUpperCase(t.charAt(ws)))) {
            int q = Words.skipSpacesLeft(t, ws);
            int ds = Words.wordStartBefore(t, q);
            Integer before = ds < q ? dayNumber(Words.lower(t, ds, q)) : null;
            if (before != null) {
                return date(t, ds, ye, year, month, before);
            }
            YearMonth ym = YearMonth.of(year, month);
            return qualified(t, ws, ye, ym.atDay(1), ym.atEndOfMonth(), true);
        }
        return qualified(t, ys, ye, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
    }

    private static TimeExpression date(String t, int start, int end, int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return pointOrNull(t, start, end, d, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Applies "early/mid/late/end of/beginning of" to a year or month. */
    private static TimeExpression qualified(String t, int start, int end, LocalDate from, LocalDate to, boolean month) {
        int p = start;
        if (p > 0 && t.charAt(p - 1) == '-') {
            p--; // "mid-2022"
        } else {
            p = Words.skipSpacesLeft(t, p);
        }
        int ws = Words.wordStartBefore(t, p);
        String w = Words.lower(t, ws, p);
        if (w.equals("of")) {
            int q = Words.skipSpacesLeft(t, ws);
            int ws2 = Words.wordStartBefore(t, q);
            String w2 = Words.lower(t, ws2, q);
            if (w2.equals("end") || w2.equals("beginning") || w2.equals("start") || w2.equals("middle")) {
                w = w2.equals("end") ? "late" : w2.equals("middle") ? "mid" : "early";
                ws = ws2;
                int q2 = Words.skipSpacesLeft(t, ws);
                int ws3 = Words.wordStartBefore(t, q2);
                if (Words.lower(t, ws3, q2).equals("the")) {
                    ws = ws3;
                }
            } else if (isSeason(w2)) {
                w = w2;
                ws = ws2;
                int q2 = Words.skipSpacesLeft(t, ws);
                int ws3 = Words.wordStartBefore(t, q2);
                if (Words.lower(t, ws3, q2).equals("the")) {
                    ws = ws3;
                }
            }
        }
        LocalDate f = from;
        LocalDate e = to;
        boolean applied = true;
        switch (w) {
            // A year splits into thirds of four months, a month into thirds of about ten days.
            case "early" -> e = month ? from.plusDays(9) : from.withMonth(4).withDayOfMonth(30);
            case "mid" -> {
                f = month ? from.plusDays(10) : from.withMonth(5).withDayOfMonth(1);
                e = month ? from.plusDays(19) : from.withMonth(8).withDayOfMonth(31);
            }
            case "late" -> f = month ? from.plusDays(20) : from.withMonth(9).withDayOfMonth(1);
            default -> applied = false;
        }
        if (!applied && !month && isSeason(w)) {
            applied = true;
            switch (w) {
                case "spring" -> {
                    f = from.withMonth(3).withDayOfMonth(1);
                    e = from.withMonth(5).withDayOfMonth(31);
                }
                case "summer" -> {
                    f = from.withMonth(6).withDayOfMonth(1);
                    e = from.withMonth(8).withDayOfMonth(31);
                }
                case "autumn", "fall" -> {
                    f = from.withMonth(9).withDayOfMonth(1);
                    e = from.withMonth(11).withDayOfMonth(30);
                }
                default -> e = from.withMonth(2).withDayOfMonth(YearMonth.of(from.getYear(), 2).lengthOfMonth());
            }
        }
        return applied ? pointOrNull(t, ws, end, f, e) : pointOrNull(t, start, end, from, to);
    }

    private static boolean isSeason(String w) {
        return w.equals("spring") || w.equals("summer") || w.equals("autumn") || w.equals("fall") || w.equals("winter");
    }

    /** Drops expressions that open or close a period ("since 1994", "by 2030"). */
    private static TimeExpression pointOrNull(String t, int start, int end, LocalDate from, LocalDate to) {
        int p = Words.skipSpacesLeft(t, start);
        int ws = Words.wordStartBefore(t, p);
        String w = Words.lower(t, ws, p);
        if (PERIOD_WORDS.contains(w)) {
            return null;
        }
        if (w.equals("and") || w.equals("or")) {
            // "between 2019 and 2021": the second year closes a period opened earlier in the clause.
            int q = Words.skipSpacesLeft(t, ws);
            int limit = Math.max(0, q - 40);
            String before = t.substring(limit, q).toLowerCase(java.util.Locale.ROOT);
            if (before.contains("between") || before.contains("from")) {
                return null;
            }
        }
        return new TimeExpression(start, end, from, to, t.substring(start, end));
    }

    private static Integer month(String w) {
        String key = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return MONTHS.get(key);
    }

    /** "12", "12th", "1st" → the day of the month, else null. */
    private static Integer dayNumber(String w) {
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return null;
        }
        String suffix = w.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return null;
        }
        int d = Integer.parseInt(w, 0, digits, 10);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean isDigits(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
