package io.factcheck.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.factcheck.common.problem.UnprocessableException;

/** Turns a client's anchor (offsets or quote) into a full anchor, and re-finds anchors in a revised body. */
public final class AnchorResolver {

    public static final int CONTEXT_CHARS = 32;

    private AnchorResolver() {
    }

    public static Anchor resolve(String body, AnchorRequest request) {
        if (request == null) {
            throw new UnprocessableException("anchor", "is required: give start/end or exact");
        }
        if (request.start() != null || request.end() != null) {
            return byOffsets(body, request);
        }
        if (request.exact() == null || request.exact().isEmpty()) {
            throw new UnprocessableException("anchor", "needs start and end, or exact");
        }
        return byQuote(body, request);
    }

    private static Anchor byOffsets(String body, AnchorRequest request) {
        if (request.start() == null || request.end() == null) {
            throw new UnprocessableException(request.start() == null ? "anchor.start" : "anchor.end",
                    "is required when the other offset is given");
        }
        int start = request.start();
        int end = request.end();
        if (end <= start) {
            throw new UnprocessableException("anchor.end", "must be greater than start");
        }
        if (end > body.length()) {
            throw new UnprocessableException("anchor.end",
                    "is past the end of the article body (" + body.length() + " characters)");
        }
        if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
            throw new UnprocessableException("anchor", "start and end must not split a character (surrogate pair)");
        }
        String exact = body.substring(start, end);
        if (request.exact() != null && !request.exact().equals(exact)) {
            throw new UnprocessableException("anchor.exact",
                    "does not match the text at " + start + ".." + end + " (\"" + abbreviate(exact) + "\")");
        }
        return at(body, start, end);
    }

    private static Anchor byQuote(String body, AnchorRequest request) {
        String exact = request.exact();
        List<Integer> occurrences = occurrences(body, exact);
        if (occurrences.isEmpty()) {
            throw new UnprocessableException("anchor.exact", "the quote is not in the article");
        }
        List<Integer> inContext = occurrences.stream()
                .filter(i -> fitsContext(body, i, exact.length(), request.prefix(), request.suffix()))
                .toList();
        if (inContext.isEmpty()) {
            throw new UnprocessableException("anchor", "the quote occurs " + times(occurrences.size())
                    + " but never with the given prefix/suffix");
        }
        if (inContext.size() > 1) {
            throw new UnprocessableException("anchor.exact", "the quote is ambiguous: it occurs "
                    + times(inContext.size()) + "; add prefix or suffix (up to " + CONTEXT_CHARS
                    + " characters around it) or start/end to choose one");
        }
        int start = inContext.get(0);
        return at(body, start, start + exact.length());
    }

    /**
     * Finds an anchor again after the body changed: the same position if the quote is still there, else the one
     * occurrence of the quote whose context fits best, else (the quote itself was edited) the one span most similar to
     * the old quote, near the old position first and then anywhere, whose text becomes the new {@code exact}. Empty
     * when nothing is similar enough or several places fit equally well.
     */
    public static Optional<Anchor> reanchor(String body, Anchor old) {
        String exact = old.exact();
        if (old.end() <= body.length() && body.startsWith(exact, old.start())) {
            return Optional.of(at(body, old.start(), old.end()));
        }
        List<Integer> occurrences = occurrences(body, exact);
        if (occurrences.isEmpty()) {
            return EditedQuote.find(body, old);
        }
        int best = -1;
        int bestScore = -1;
        boolean tie = false;
        for (int i : occurrences) {
            int score = contextScore(body, i, i + exact.length(), old);
            if (score > bestScore) {
                best = i;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        int oldContext = nullToEmpty(old.prefix()).length() + nullToEmpty(old.suffix()).length();
        if (2 * bestScore < oldContext) {
            // No unchanged copy keeps half the old context: if an edited span keeps more, that is the claimed one.
            Optional<Anchor> edited = EditedQuote.find(body, old, true);
            if (edited.isPresent() && contextScore(body, edited.get().start(), edited.get().end(), old) > bestScore) {
                return edited;
            }
        }
        if (tie && occurrences.size() > 1) {
            return Optional.empty(); // several equally good places: better orphaned than pointing at the wrong one
        }
        return Optional.of(at(body, best, best + exact.length()));
    }


    /** How many characters of the old prefix end right before start, plus how many of the old suffix begin at end. */
    static int contextScore(String body, int start, int end, Anchor old) {
        return commonSuffix(body.substring(Math.max(0, start - CONTEXT_CHARS), start), nullToEmpty(old.prefix()))
                + commonPrefix(body.substring(end, Math.min(body.length(), end + CONTEXT_CHARS)), nullToEmpty(old.suffix()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The full anchor of body[start, end): the quote and up to 32 characters of context either side. */
    public static Anchor at(String body, int start, int end) {
        int prefixStart = Math.max(0, start - CONTEXT_CHARS);
        if (prefixStart > 0 && Character.isLowSurrogate(body.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(body.length(), end + CONTEXT_CHARS);
        if (suffixEnd < body.length() && Character.isLowSurrogate(body.charAt(suffixEnd))) {
            suffixEnd--;
        }
        return new Anchor(start, end, body.substring(start, end), body.substring(prefixStart, start),
                body.substring(end, suffixEnd));
    }

    private static List<Integer> occurrences(String body, String exact) {
        List<Integer> found = new ArrayList<>();
        for (int i = body.indexOf(exact); i >= 0; i = body.indexOf(exact, i + 1)) {
            found.add(i);
        }
        return found;
    }

    private static boolean fitsContext(String body, int start, int length, String prefix, String suffix) {
        boolean prefixFits = prefix == null || prefix.isEmpty()
                || (start >= prefix.length() && body.startsWith(prefix, start - prefix.length()));
        boolean suffixFits = suffix == null || suffix.isEmpty() || body.startsWith(suffix, start + length);
        return prefixFits && suffixFits;
    }

    private static boolean splitsSurrogatePair(String body, int index) {
        return index > 0 && index < body.length() && Character.isHighSurrogate(body.charAt(index - 1))
                && Character.isLowSurrogate(body.charAt(index));
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
