package io.factcheck.check;

import io.factcheck.knowledge.DatePrecision;

import java.time.LocalDate;

/** Dates as the messages show them: as precisely as they are known. */
final class Dates {

    private Dates() {
    }

    static String format(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
