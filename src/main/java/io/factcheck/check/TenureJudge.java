package io.factcheck.check;

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
    record Judgement(Verdict verdict, double probability, List<Term> tenures, Term holding, Term lastEnded,
                     Term firstLater, List<String> doubts, double proximity) {}

    private TenureJudge() {
    }

    /**
     * @param reference the reference date, at which bare and "former" titles are judged
     * @param spokenOf  the time a "then-" title is judged at
     */
    static Judgement judge(List<Term> tenures, Modifier modifier, LocalDate reference, TimeExpression spokenOf) {
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
        Term holding = null;
        Term lastEnded = null;
        Term firstLater = null;
        long mid = a + (b - a) / 2;
        for (Term t : tenures) {
            if (holding == null && t.hold(mid) >= 0.5) {
                holding = t;
            }
            if (t.end() != null && t.end().toEpochDay() <= r) {
                lastEnded = t;
            }
            // A term whose start may still lie ahead of the judged time (its precision window reaches past it).
            if (firstLater == null && t.s1() > b && t.hold(mid) < 0.5) {
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

    /** Probability that the person held any of the terms on a day, averaged over the days {@code [a, b]}. */
    static double averageHold(List<Term> terms, long a, long b) {
        if (terms.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Term t : terms) {
            sum += t.sumHold(a, b); // one person's terms do not overlap, so the shares add up
        }
        return Math.min(1, sum / (b - a + 1));
    }

    /** Probability that some term had already ended by day {@code r}. */
    static double endedBy(List<Term> terms, long r) {
        double best = 0;
        for (Term t : terms) {
            best = Math.max(best, t.endedBy(r));
        }
        return best;
    }

    /** Names boundaries the judged time falls into or near; returns a factor that is lower the nearer they are. */
    private static double boundaryDoubts(List<Term> tenures, long a, long b, TimeExpression spokenOf,
                                         boolean period, List<String> doubts) {
        double factor = 1.0;
        for (Term t : tenures) {
            for (int which = 0; which < 2; which++) {
                LocalDate date = which == 0 ? t.start() : t.end();
                if (date == null) {
                    continue;
                }
                String edge = which == 0 ? "start" : "end";
                long w0 = which == 0 ? t.s0() : t.e0();
                long w1 = which == 0 ? t.s1() : t.e1();
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
