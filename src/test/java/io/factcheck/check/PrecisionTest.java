package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenures known only to the MONTH or YEAR: a date inside the uncertain period, or near it, lowers confidence, the
 * nearer the lower, and a date that could go either way says so. (The fixture keeps Hun Sen's Senate presidency,
 * begun 2024-04, to the month and Putin's FSB directorship, 1998–1999, to the year.)
 */
class PrecisionTest {

    private static final String SENATE = "Cambodian Senate President Hun Sen chaired the session.";

    @ParameterizedTest(name = "[{index}] {0} -> {1}, confidence {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-01 | INACCURATE | 0.96 | 0.97 |
            2024-03-20 | INACCURATE | 0.80 | 0.95 | close to the start of a term known only to the month (2024-04)
            2024-04-02 | INACCURATE | 0.60 | 0.85 | known only to the month (2024-04) and the date falls within it
            2024-04-15 | ACCURATE   | 0.20 | 0.55 | could go either way
            2024-04-28 | ACCURATE   | 0.60 | 0.85 | known only to the month (2024-04) and the date falls within it
            2024-05-20 | ACCURATE   | 0.85 | 0.96 | close to the start of a term known only to the month
            2024-08-01 | ACCURATE   | 0.96 | 0.97 |
            """)
    void month_precision_near_a_boundary_lowers_confidence(String date, Verdict verdict, double min, double max,
                                                           String reason) {
        Annotation a = VerdictAssert.assertVerdict(SENATE, date, "Hun Sen", verdict, "Hun Sen");
        assertThat(a.confidence()).isBetween(min, max);
        if (reason != null) {
            assertThat(a.message()).contains(reason);
        }
        assertThat(a.tenures()).anyMatch(t -> t.precision().equals("MONTH"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            then-FSB Director Vladimir Putin met him in 1998.
            then-FSB Director Vladimir Putin met him in 1999.
            then-FSB Director Vladimir Putin met him in mid-1998.
            """)
    void a_year_inside_a_year_precision_boundary_could_go_either_way(String text) {
        Annotation a = Fixtures.check(text, "2005-01-01").get(0);
        assertThat(a.person().name()).isEqualTo("Vladimir Putin");
        assertThat(a.confidence()).isLessThan(0.6);
        assertThat(a.message()).contains("could go either way").contains("known only to the year");
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            former FSB Director Vladimir Putin spoke.                | 2005-01-01 | ACCURATE
            FSB Director Vladimir Putin spoke.                       | 2005-01-01 | OUTDATED
            then-FSB Director Vladimir Putin met him in March 2005.  | 2010-01-01 | INACCURATE
            """)
    void coarse_precision_far_from_the_date_does_not_lower_confidence(String text, String date, Verdict verdict) {
        Annotation a = Fixtures.check(text, date).get(0);
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.confidence()).isEqualTo(ConfidenceModel.DIRECT);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            then-President Donald Trump spoke in 2017.   | ACCURATE   | spans the start of a term on 2017-01-20
            then-President Barack Obama spoke in 2017.   | INACCURATE | spans the end of a term on 2017-01-20
            then-President Barack Obama spoke in January 2017. | ACCURATE | spans the end of a term on 2017-01-20
            """)
    void an_event_period_that_spans_a_term_boundary_lowers_confidence(String text, Verdict verdict, String reason) {
        Annotation a = Fixtures.check(text, "2025-08-05").get(0);
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.confidence()).isLessThan(ConfidenceModel.DIRECT);
        assertThat(a.message()).contains(reason);
    }
}
