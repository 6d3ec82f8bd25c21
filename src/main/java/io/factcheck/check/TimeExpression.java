package io.factcheck.check;

import java.time.LocalDate;

/** An explicit time in the text ("in 2019", "early 2022", "March 12, 2019"): the days it may mean, inclusive. */
record TimeExpression(int start, int end, LocalDate from, LocalDate to, String label) {

    static TimeExpression day(LocalDate date, String label) {
        return new TimeExpression(-1, -1, date, date, label);
    }

    boolean isSingleDay() {
        return from.equals(to);
    }
}
