package io.factcheck.knowledgebuild;

import java.time.LocalDate;

import io.factcheck.knowledge.DatePrecision;

/**
 * One holder named by one Factbook text: who ({@code name}), which office ({@code title} in {@code country}), the
 * start the text gives, and the snapshot period that carried the text ({@code seenFrom}…{@code seenTo}).
 */
record Observation(String country, Role role, String title, Names.PersonName name, LocalDate since,
        DatePrecision precision, LocalDate until, boolean acting, boolean principal, LocalDate seenFrom,
        LocalDate seenTo, boolean weekly, String source, String text) {

    enum Role {
        HEAD_OF_STATE, HEAD_OF_GOVERNMENT
    }
}
