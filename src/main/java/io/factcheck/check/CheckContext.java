package io.factcheck.check;

import java.time.LocalDate;
import java.util.List;

/** Everything about one text that several mentions share, computed once per check. */
final class CheckContext {

    /** How the time a mention speaks of was found. */
    enum TimeBasis { EVENT, CONTEXT, REFERENCE }

    record SpokenTime(TimeExpression time, TimeBasis basis) {}

    final String text;
    final String normalized;
    final LocalDate reference;
    final Sentences sentences;
    final List<TimeExpression> times;
    final List<Hit> named;
    private final TimeExpression referenceTime;

    CheckContext(String text, String normalized, LocalDate reference, Sentences sentences,
                 List<TimeExpression> times, List<Hit> named) {
        this.text = text;
        this.normalized = normalized;
        this.reference = reference;
        this.sentences = sentences;
        this.times = times;
        this.named = named;
        this.referenceTime = TimeExpression.day(reference, "the reference date " + reference);
    }

    TimeExpression referenceTime() {
        return referenceTime;
    }

    /**
     * The time a mention speaks of: an explicit time in its own sentence (nearest first); else, in a past-tense
     * sentence, the nearest explicit time earlier in the text; else the reference date.
     */
    SpokenTime spokenTime(int start, int end) {
        int s = sentences.indexOf(start);
        int from = sentences.start(s);
        int to = sentences.end(s);
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        TimeExpression earlier = null;
        for (TimeExpression t : times) {
            if (t.end() <= from) {
                earlier = t;
                continue;
            }
            if (t.start() >= to) {
                break;
            }
            int distance = t.end() <= start ? start - t.end() : Math.max(0, t.start() - end);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return new SpokenTime(best, TimeBasis.EVENT);
        }
        if (earlier != null && sentences.isPastTense(s)) {
            return new SpokenTime(earlier, TimeBasis.CONTEXT);
        }
        return new SpokenTime(referenceTime, TimeBasis.REFERENCE);
    }

    int sentenceIndex(int pos) {
        return sentences.indexOf(pos);
    }
}
