package io.factcheck.check;

import io.factcheck.check.KnowledgeSnapshot.Tenure;
import io.factcheck.check.RoleMention.Modifier;
import io.factcheck.claim.Verdict;
import io.factcheck.knowledge.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TenureJudgeTest {

    private static Term tenure(String start, String end, DatePrecision precision) {
        return Term.of(new Tenure("t", "p", "o", LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                precision, "s"));
    }

    @Test
    void closed_form_average_equals_the_day_by_day_average() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            DatePrecision precision = DatePrecision.values()[random.nextInt(3)];
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3000));
            LocalDate end = random.nextInt(5) == 0 ? null : start.plusDays(random.nextInt(2000));
            if (precision == DatePrecision.MONTH) {
                start = start.withDayOfMonth(1);
                end = end == null ? null : end.withDayOfMonth(1);
            } else if (precision == DatePrecision.YEAR) {
                start = start.withDayOfYear(1);
                end = end == null ? null : end.withDayOfYear(1);
            }
            Term t = Term.of(new Tenure("t", "p", "o", start, end, precision, "s"));
            long a = LocalDate.of(1999, 6, 1).toEpochDay() + random.nextInt(4000);
            long b = a + random.nextInt(400);
            double slow = 0;
            for (long d = a; d <= b; d++) {
                slow += t.hold(d);
            }
            assertThat(TenureJudge.averageHold(List.of(t), a, b)).isCloseTo(slow / (b - a + 1), within(1e-9));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {1} @ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BARE   | 2023-08-21 | ACCURATE
            BARE   | 2023-08-22 | OUTDATED
            BARE   | 1998-11-29 | OUTDATED
            BARE   | 1984-01-01 | INACCURATE
            FORMER | 2023-08-22 | ACCURATE
            FORMER | 2010-01-01 | INACCURATE
            FORMER | 1995-01-01 | ACCURATE
            FORMER | 1980-01-01 | INACCURATE
            """)
    void judges_a_person_with_two_terms(Modifier modifier, LocalDate reference, Verdict verdict) {
        List<Term> terms = List.of(tenure("1985-01-14", "1993-07-02", DatePrecision.DAY),
                tenure("1998-11-30", "2023-08-22", DatePrecision.DAY));
        TenureJudge.Judgement j = TenureJudge.judge(terms, modifier, reference, TimeExpression.day(reference, "r"));
        assertThat(j.verdict()).isEqualTo(verdict);
        assertThat(j.probability()).isEqualTo(1.0);
    }

    @Test
    void a_person_who_never_held_the_office_is_inaccurate_whatever_the_wording() {
        for (Modifier m : Modifier.values()) {
            LocalDate d = LocalDate.of(2020, 1, 1);
            assertThat(TenureJudge.judge(List.of(), m, d, TimeExpression.day(d, "r")).verdict()).isEqualTo(Verdict.INACCURATE);
        }
    }
}
