package io.factcheck.matching;

import java.util.Set;

/**
 * What a statement is about, as far as matching cares: the people and offices it names (knowledge ids, or
 * {@link #UNKNOWN_PERSON} + a lower-cased name the knowledge does not know), the years it speaks of explicitly, the
 * year it speaks from (its article's or the query's date), whether it calls a title "former" or current, and whether
 * it denies.
 */
record Traits(Set<String> persons, Set<String> offices, Set<Integer> years, Set<String> numbers, Integer contextYear,
        Tense tense, boolean negated) {

    static final String UNKNOWN_PERSON = "name:";

    /** How a statement places an office holder in time. */
    enum Tense {
        /** "former", "ex-", "no longer": the holder has left the office by the time the text speaks from. */
        PAST,
        /** A title with no modifier, or "current", "sitting": holds it when the text speaks. */
        PRESENT,
        /** "then-": held it at the (past) time spoken of; agrees with either, the years decide. */
        THEN,
        /** No office title at all. */
        NONE
    }
}
