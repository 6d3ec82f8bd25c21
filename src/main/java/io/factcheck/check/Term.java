package io.factcheck.check;

import io.factcheck.check.KnowledgeSnapshot.Tenure;
import io.factcheck.knowledge.DatePrecision;

import java.time.LocalDate;

/**
 * A tenure with its uncertainty windows as epoch days, computed once per knowledge version: the true start is a day in
 * {@code [s0, s1]} and the true (exclusive) end a day in {@code [e0, e1]}; both windows are a single day for DAY
 * precision and a whole month or year otherwise, each day equally likely. {@code startText}/{@code endText} are the
 * dates as messages show them.
 */
record Term(Tenure tenure, long s0, long s1, long e0, long e1, String startText, String endText) {

    /** Stands for "no end yet": far beyond any date a text speaks of. */
    private static final long OPEN = Long.MAX_VALUE / 4;

    static Term of(Tenure t) {
        long e0 = t.end() == null ? OPEN : windowStart(t.end(), t.precision());
        long e1 = t.end() == null ? OPEN : windowEnd(t.end(), t.precision());
        // Dates as messages show them (as precisely as known), formatted once rather than per annotation.
        return new Term(t, windowStart(t.start(), t.precision()), windowEnd(t.start(), t.precision()), e0, e1,
                Dates.format(t.start(), t.precision()), t.end() == null ? null : Dates.format(t.end(), t.precision()));
    }

    String personId() {
        return tenure.personId();
    }

    String officeId() {
        return tenure.officeId();
    }

    LocalDate start() {
        return tenure.start();
    }

    LocalDate end() {
        return tenure.end();
    }

    DatePrecision precision() {
        return tenure.precision();
    }

    String source() {
        return tenure.source();
    }

    /** P(start ≤ d < end). */
    double hold(long d) {
        double started = d < s0 ? 0 : d >= s1 ? 1 : (double) (d - s0 + 1) / (s1 - s0 + 1);
        return started * stillIn(d);
    }

    /** P(end > d). */
    double stillIn(long d) {
        if (d < e0) {
            return 1;
        }
        if (d >= e1) {
            return 0;
        }
        return (double) (e1 - d) / (e1 - e0 + 1);
    }

    /** P(the term had ended by day d). */
    double endedBy(long d) {
        return tenure.end() == null ? 0 : 1 - stillIn(d);
    }

    /**
     * Σ hold(d) for d in [a, b]. Between the edges of the two windows, "started" and "still in" are each linear in d,
     * so each stretch sums a product of two linear functions in closed form, without walking the days.
     */
    double sumHold(long a, long b) {
        long[] cuts = {s0, s1, e0, e1, b + 1};
        java.util.Arrays.sort(cuts);
        double total = 0;
        long from = a;
        for (long cut : cuts) {
            long to = Math.min(Math.max(cut, a), b + 1);
            if (to > from) {
                total += sumProduct(from, to);
                from = to;
            }
        }
        return total;
    }

    /** Σ started(d)·stillIn(d) over [x, y), where both are linear on the stretch; written in d' = d − x. */
    private double sumProduct(long x, long y) {
        double sp;
        double sq;
        if (x < s0) {
            sp = 0;
            sq = 0;
        } else if (x >= s1) {
            sp = 1;
            sq = 0;
        } else {
            double w = s1 - s0 + 1;
            sp = (x - s0 + 1) / w;
            sq = 1 / w;
        }
        double ep;
        double eq;
        if (x < e0) {
            ep = 1;
            eq = 0;
        } else if (x >= e1) {
            ep = 0;
            eq = 0;
        } else {
            double v = e1 - e0 + 1;
            ep = (e1 - x) / v;
            eq = -1 / v;
        }
        double n = y - x;
        double sumD = (n - 1) * n / 2;
        double sumD2 = (n - 1) * n * (2 * n - 1) / 6;
        return sp * ep * n + (sp * eq + ep * sq) * sumD + sq * eq * sumD2;
    }

    static long windowStart(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toEpochDay();
            case MONTH -> date.withDayOfMonth(1).toEpochDay();
            case YEAR -> date.withDayOfYear(1).toEpochDay();
        };
    }

    static long windowEnd(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toEpochDay();
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth()).toEpochDay();
            case YEAR -> date.withDayOfYear(date.lengthOfYear()).toEpochDay();
        };
    }
}
