package io.factcheck.check;

import io.factcheck.check.KnowledgeSnapshot.Tenure;
import io.factcheck.check.RoleMention.Modifier;
import io.factcheck.claim.Verdict;
import io.factcheck.knowledge.DatePrecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides a verdict from a person's tenures of the offices a mention names. A tenure date known only to the MONTH or
 * YEAR may be any day of that month or year, so whether someone held an office on a day is a probability; a time spoken
 * of that is a period ("2017") is averaged over its days. The verdict is the likeliest reading; how likely it is and
 * how near a coarse boundary the date lies feed the confidence.
 */
final class TenureJudge {

    /**
     * @param probability how likely the verdict is given the dates (1 for clear cases)
     * @param holding     the tenure held at the judged time, if any
     * @param lastEnded   the latest tenure that ended by the reference date, if any
     * @param firstLater  the first tenure that began after the judged time, if any
     * @param doubts      plain-English reasons the dates leave room for doubt
     * @param proximity   factor (≤ 1) for a date close to a coarse tenure boundary
     */
    record Judgement(Verdict verdict, double probability, List<Tenure> tenures, Tenure holding, Tenure lastEnded,
                     Tenure firstLater, List<String> doubts, double proximity) {}

    private TenureJudge() {
    }

    /**
     * @param reference the reference date, at which bare and "former" titles are judged
     * @param spokenOf  the time a "then-" title is judged at
     */
    static Judgement judge(List<Tenure> tenures, Modifier modifier, LocalDate reference, TimeExpression spokenOf) {
        long r = reference.toEpochDay();
        long a = modifier == Modifier.THEN ? spokenOf.from().toEpochDay() : r;
        long b = modifier == Modifier.THEN ? spokenOf.to().toEpochDay() : r;
        double held = averageHold(tenures, a, b);
        Verdict verdict;
        double p;
        switch (modifier) {
            case THEN -> {
                verdict = held >= 0.5 ? Verdict.ACCURATE : Verdict.INACCURATE;
                p = held >= 0.5 ? held : 1 - held;
            }
            case FORMER -> {
                double accurate = (1 - held) * endedBy(tenures, r);
                verdict = accurate >= 0.5 ? Verdict.ACCURATE : Verdict.INACCURATE;
                p = accurate >= 0.5 ? accurate : 1 - accurate;
            }
            default -> {
                double outdated = (1 - held) * endedBy(tenures, r);
                double inaccurate = 1 - held - outdated;
                if (held >= outdated && held >= inaccurate) {
                    verdict = Verdict.ACCURATE;
                    p = held;
                } else if (outdated >= inaccurate) {
                    verdict = Verdict.OUTDATED;
                    p = outdated;
                } else {
                    verdict = Verdict.INACCURATE;
                    p = inaccurate;
                }
            }
        }
        Tenure holding = null;
        Tenure lastEnded = null;
        Tenure firstLater = null;
        long mid = a + (b - a) / 2;
        for (Tenure t : tenures) {
            if (holding == null && hold(t, mid) >= 0.5) {
                holding = t;
            }
            if (t.end() != null && t.end().toEpochDay() <= r) {
                lastEnded = t;
            }
            // A term whose start may still lie ahead of the judged time (its precision window reaches past it).
            if (firstLater == null && windowEnd(t.start(), t.precision()) > b && hold(t, mid) < 0.5) {
                firstLater = t;
            }
        }
        List<String> doubts = new ArrayList<>(1);
        double proximity = boundaryDoubts(tenures, a, b, spokenOf, modifier == Modifier.THEN, doubts);
        if (p < 0.75) {
            doubts.add("it could go either way");
        }
        return new Judgement(verdict, p, List.copyOf(tenures), holding, lastEnded, firstLater, doubts, proximity);
    }

    /**
     * Probability that the person held any of the tenures on a day, averaged over the days {@code [a, b]}. Terms of one
     * person do not overlap, so the per-term averages add up; each is summed in closed form (see {@link #sumHold}).
     */
    static double averageHold(List<Tenure> tenures, long a, long b) {
        if (tenures.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Tenure t : tenures) {
            sum += sumHold(t, a, b);
        }
        return Math.min(1, sum / (b - a + 1));
    }

    /**
     * Σ hold(t, d) for d in [a, b]. Between the edges of the start and end windows, "started" and "still in" are each
     * linear in d, so each stretch sums a product of two linear functions exactly, without walking the days.
     */
    static double sumHold(Tenure t, long a, long b) {
        long s0 = windowStart(t.start(), t.precision());
        long s1 = windowEnd(t.start(), t.precision());
        long e0 = t.end() == null ? Long.MAX_VALUE / 4 : windowStart(t.end(), t.precision());
        long e1 = t.end() == null ? Long.MAX_VALUE / 4 : windowEnd(t.end(), t.precision());
        long[] cuts = {a, s0, s1, e0, e1, b + 1};
        java.util.Arrays.sort(cuts);
        double total = 0;
        long from = a;
        for (long cut : cuts) {
            long to = Math.min(Math.max(cut, a), b + 1);
            if (to <= from) {
                continue;
            }
            total += sumProduct(t, s0, s1, e0, e1, from, to);
            from = to;
        }
        return total;
    }

    /** Σ started(d)·stillIn(d) over [x, y), where both are linear on the stretch: written in d' = d − x. */
    private static double sumProduct(Tenure t, long s0, long s1, long e0, long e1, long x, long y) {
        // started(d) = 0 before s0, (d − s0 + 1)/(s1 − s0 + 1) inside the window, 1 after it.
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
        // stillIn(d) = 1 before e0, (e1 − d)/(e1 − e0 + 1) inside the window, 0 from e1 on.
        double ep;
        double eq;
        if (t.end() == null || x < e0) {
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

    /** P(start ≤ d < end) with the true start and end uniform over their precision windows. */
    static double hold(Tenure t, long d) {
        long s0 = windowStart(t.start(), t.precision());
        long s1 = windowEnd(t.start(), t.precision());
        double started = d < s0 ? 0 : d >= s1 ? 1 : (double) (d - s0 + 1) / (s1 - s0 + 1);
        return started * stillIn(t, d);
    }

    /** P(end > d). */
    private static double stillIn(Tenure t, long d) {
        if (t.end() == null) {
            return 1;
        }
        long e0 = windowStart(t.end(), t.precision());
        long e1 = windowEnd(t.end(), t.precision());
        if (d < e0) {
            return 1;
        }
        if (d >= e1) {
            return 0;
        }
        return (double) (e1 - d) / (e1 - e0 + 1);
    }

    /** Probability that some tenure had already ended by day {@code r}. */
    static double endedBy(List<Tenure> tenures, long r) {
        double best = 0;
        for (Tenure t : tenures) {
            if (t.end() != null) {
                best = Math.max(best, 1 - stillIn(t, r));
            }
        }
        return best;
    }

    private static long windowStart(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toEpochDay();
            case MONTH -> date.withDayOfMonth(1).toEpochDay();
            case YEAR -> date.withDayOfYear(1).toEpochDay();
        };
    }

    private static long windowEnd(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toEpochDay();
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth()).toEpochDay();
            case YEAR -> date.withDayOfYear(date.lengthOfYear()).toEpochDay();
        };
    }

    /** Names boundaries the judged time falls into or near; returns a factor that is lower the nearer they are. */
    private static double boundaryDoubts(List<Tenure> tenures, long a, long b, TimeExpression spokenOf,
                                         boolean period, List<String> doubts) {
        double factor = 1.0;
        for (Tenure t : tenures) {
            for (int which = 0; which < 2; which++) {
                LocalDate date = which == 0 ? t.start() : t.end();
                if (date == null) {
                    continue;
                }
                String edge = which == 0 ? "start" : "end";
                long w0 = windowStart(date, t.precision());
                long w1 = windowEnd(date, t.precision());
                if (t.precision() == DatePrecision.DAY) {
                    if (period && a < w0 && w0 <= b) {
                        doubts.add("the time spoken of (" + spokenOf.label() + ") spans the " + edge + " of a term on "
                                + date);
                        factor = Math.min(factor, 0.9);
                    }
                    continue;
                }
                String known = Dates.format(date, t.precision());
                String unit = t.precision().name().toLowerCase(java.util.Locale.ROOT);
                if (b >= w0 && a <= w1) {
                    doubts.add("the " + edge + " of a term is known only to the " + unit + " (" + known
                            + ") and the date falls within it");
                    factor = Math.min(factor, 0.85);
                } else {
                    long distance = a > w1 ? a - w1 : w0 - b;
                    long unitDays = w1 - w0 + 1;
                    if (distance < unitDays) {
                        factor = Math.min(factor, 0.85 + 0.15 * distance / unitDays);
                        doubts.add("the date is close to the " + edge + " of a term known only to the " + unit + " ("
                                + known + ")");
                    }
                }
            }
        }
        return factor;
    }
}
