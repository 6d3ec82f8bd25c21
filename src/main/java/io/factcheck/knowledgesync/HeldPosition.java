package io.factcheck.knowledgesync;

import java.time.LocalDate;

import io.factcheck.knowledge.DatePrecision;

/**
 * One P39 (position held) statement of a SPARQL answer: a person held an office from start to end (exclusive; null
 * while in office). Dates are stored as the knowledge stores them: the first day of their month or year when known only
 * that precisely, one precision (the coarser of the two) for both. Ids are Wikidata's ("Q22686", "Q22686$…").
 *
 * @param problem why the statement cannot become a tenure (no start, a date coarser than a year, ends before it
 *        starts, …); null when it can
 */
public record HeldPosition(String statementId, String personId, String personLabel, String officeId,
        String officeLabel, String countryId, String countryLabel, LocalDate start, LocalDate end,
        DatePrecision precision, String problem) {

    boolean usable() {
        return problem == null;
    }

    HeldPosition withProblem(String reason) {
        return new HeldPosition(statementId, personId, personLabel, officeId, officeLabel, countryId, countryLabel,
                start, end, precision, reason);
    }

    boolean sameDates(HeldPosition other) {
        return java.util.Objects.equals(start, other.start) && java.util.Objects.equals(end, other.end)
                && precision == other.precision && java.util.Objects.equals(problem, other.problem);
    }
}
