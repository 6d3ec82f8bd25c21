package io.factcheck.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A known surface form found in the text, {@code [start, end)}, with its senses; {@code personIds} are the people it
 * may name and {@code personTerms} their terms of office, aligned by index (precomputed per surface form, so resolving
 * earlier-named people needs no lookups).
 */
record Hit(int start, int end, List<Sense> senses, List<String> personIds, List<List<Term>> personTerms) {

    static Hit of(int start, int end, List<Sense> senses) {
        List<String> ids = List.of();
        for (Sense s : senses) {
            if (s.kind() == Sense.Kind.PERSON && !ids.contains(s.key())) {
                ids = ids.isEmpty() ? new ArrayList<>(1) : ids;
                ids.add(s.key());
            }
        }
        return new Hit(start, end, senses, ids.isEmpty() ? ids : List.copyOf(ids), List.of());
    }

    boolean has(Sense.Kind kind) {
        for (Sense s : senses) {
            if (s.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    String key(Sense.Kind kind) {
        for (Sense s : senses) {
            if (s.kind() == kind) {
                return s.key();
            }
        }
        return null;
    }

    /** Stands for a place word of several jurisdictions ("Dominican", "Congolese"): no office is of it alone. */
    static final String AMBIGUOUS_PLACE = "\u0000ambiguous";

    /** The jurisdiction key of a place name or demonym, {@link #AMBIGUOUS_PLACE} when it names several, or null. */
    String jurisdiction() {
        String name = key(Sense.Kind.JURISDICTION_NAME);
        if (name != null) {
            return name;
        }
        String found = null;
        for (Sense s : senses) {
            if (s.kind() == Sense.Kind.DEMONYM) {
                if (found != null && !found.equals(s.key())) {
                    return AMBIGUOUS_PLACE;
                }
                found = s.key();
            }
        }
        return found;
    }

    boolean isTitleLike() {
        return has(Sense.Kind.TITLE) || has(Sense.Kind.OFFICE);
    }

    /** The matched surface form is a single word ("Trump"), which is where other people's names collide. */
    boolean singleWordPerson() {
        for (Sense s : senses) {
            if (s.kind() == Sense.Kind.PERSON && s.form().indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }
}
