package io.factcheck.claim;

import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a claim's quote again after an edit inside it (a typo fixed, a word changed): the span of the revised body most
 * similar to the old quote, with at most 20% of the quote's length in edits.
 * <p>
 * Candidate spans start where the quote's first characters or the old prefix's last characters are found, and end where
 * the quote's last characters or the old suffix's first characters are found (an edit rarely touches both ends and their
 * context); each start/end pair of plausible length is scored with a bounded Levenshtein distance, O(quote × edits). The
 * search looks near the old position first, then anywhere, and gives up (orphans) rather than guess when two places fit
 * equally well or a (pathologically repetitive) body exhausts the work budget.
 */
final class EditedQuote {

    /** At least 80% similar: at most one edit per five characters of the old quote. */
    static final int CHARS_PER_EDIT = 5;
    /** One letter changes a short quote's meaning ("Hun Sen"/"Hun Manet" are not typos): those orphan instead. */
    static final int MIN_QUOTE_LENGTH = 10;
    /** Characters either side of the old position searched first. */
    static final int NEAR = 2_000;
    /** Distance-matrix cells computed per search (a comparison costs quote × (2 × edits + 1)): well under a second. */
    static final long MAX_CELLS = 100_000_000L;

    private final String body;
    private final boolean editedOnly;
    private final Anchor old;
    private final String quote;
    private final int maxEdits;
    private final LevenshteinDistance distance;
    private long cells;

    private EditedQuote(String body, Anchor old, boolean editedOnly) {
        this.body = body;
        this.editedOnly = editedOnly;
        this.old = old;
        this.quote = old.exact();
        this.maxEdits = quote.length() / CHARS_PER_EDIT;
        this.distance = new LevenshteinDistance(maxEdits);
    }

    static Optional<Anchor> find(String body, Anchor old) {
        return find(body, old, false);
    }

    /** With editedOnly, unchanged copies of the quote are not candidates (the caller already judged them). */
    static Optional<Anchor> find(String body, Anchor old, boolean editedOnly) {
        if (old.exact() == null || old.exact().length() < MIN_QUOTE_LENGTH) {
            return Optional.empty();
        }
        EditedQuote search = new EditedQuote(body, old, editedOnly);
        int nearFrom = Math.max(0, old.start() - NEAR);
        int nearTo = Math.min(body.length(), old.end() + NEAR);
        Result near = search.bestIn(nearFrom, nearTo);
        if (near.match != null || near.ambiguous || (nearFrom == 0 && nearTo == body.length())) {
            return near.anchor(body);
        }
        return search.bestIn(0, body.length()).anchor(body);
    }

    private record Match(int start, int end, int edits, int context) {

        boolean betterThan(Match other) {
            return edits < other.edits || (edits == other.edits && context > other.context);
        }

        boolean sameScore(Match other) {
            return edits == other.edits && context == other.context;
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private record Result(Match match, boolean ambiguous) {

        Optional<Anchor> anchor(String body) {
            return match == null || ambiguous ? Optional.empty()
                    : Optional.of(AnchorResolver.at(body, match.start, match.end));
        }
    }

    /** The best span starting and ending in [from, to]. */
    private Result bestIn(int from, int to) {
        int edge = Math.max(4, Math.min(16, quote.length() / 4));
        NavigableSet<Integer> starts = new TreeSet<>();
        NavigableSet<Integer> ends = new TreeSet<>();
        String head = quote.substring(0, edge);
        String tail = quote.substring(quote.length() - edge);
        for (int i = indexOf(head, from, to); i >= 0; i = indexOf(head, i + 1, to)) {
            starts.add(i);
        }
        for (int i = indexOf(tail, from, to); i >= 0; i = indexOf(tail, i + 1, to)) {
            ends.add(i + tail.length());
        }
        String prefix = old.prefix() == null ? "" : old.prefix();
        String suffix = old.suffix() == null ? "" : old.suffix();
        if (prefix.isEmpty()) {
            starts.add(0); // the quote opened the body
        } else {
            String prefixTail = prefix.substring(Math.max(0, prefix.length() - edge));
            for (int i = indexOf(prefixTail, from, to); i >= 0; i = indexOf(prefixTail, i + 1, to)) {
                starts.add(i + prefixTail.length());
            }
        }
        if (suffix.isEmpty()) {
            ends.add(body.length()); // the quote closed the body
        } else {
            String suffixHead = suffix.substring(0, Math.min(edge, suffix.length()));
            for (int i = indexOf(suffixHead, from, to); i >= 0; i = indexOf(suffixHead, i + 1, to)) {
                ends.add(i);
            }
        }

        Match best = null;
        boolean ambiguous = false;
        for (int start : starts) {
            int shortest = start + Math.max(1, quote.length() - maxEdits);
            int longest = start + quote.length() + maxEdits;
            for (int end : ends.subSet(shortest, true, longest, true)) {
                if (end > body.length() || splitsSurrogatePair(start) || splitsSurrogatePair(end)) {
                    continue;
                }
                cells += (long) quote.length() * (2L * maxEdits + 1);
                if (cells > MAX_CELLS) {
                    return new Result(null, true); // a pathological body: orphan rather than guess
                }
                int edits = distance.apply(quote, body.substring(start, end));
                if (edits < 0 || (edits == 0 && editedOnly)) {
                    continue; // more than maxEdits apart, or an unchanged copy
                }
                Match candidate = new Match(start, end, edits, AnchorResolver.contextScore(body, start, end, old));
                if (best == null || candidate.betterThan(best)) {
                    best = candidate;
                    ambiguous = false;
                } else if (candidate.sameScore(best) && !candidate.overlaps(best)) {
                    ambiguous = true; // as good as the best, somewhere else
                }
            }
        }
        return new Result(best, ambiguous);
    }

    private int indexOf(String needle, int from, int to) {
        int i = body.indexOf(needle, from);
        return i >= 0 && i + needle.length() <= to ? i : -1;
    }

    private boolean splitsSurrogatePair(int index) {
        return index > 0 && index < body.length() && Character.isHighSurrogate(body.charAt(index - 1))
                && Character.isLowSurrogate(body.charAt(index));
    }
}
