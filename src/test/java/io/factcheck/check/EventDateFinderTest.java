package io.factcheck.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDateFinderTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            It happened in 2019.                           | 2019                | 2019-01-01 | 2019-12-31
            It happened back in early 2022.                | early 2022          | 2022-01-01 | 2022-04-30
            It happened in mid-2021.                       | mid-2021            | 2021-05-01 | 2021-08-31
            It happened in late 2024.                      | late 2024           | 2024-09-01 | 2024-12-31
            It happened at the end of 2023.                | the end of 2023     | 2023-09-01 | 2023-12-31
            It happened in the summer of 2018.             | the summer of 2018  | 2018-06-01 | 2018-08-31
            It happened in early January 2022.             | early January 2022  | 2022-01-01 | 2022-01-10
            It happened in late May 2022.                  | late May 2022       | 2022-05-21 | 2022-05-31
            In February 2021, the army took over.          | February 2021       | 2021-02-01 | 2021-02-28
            It happened in Sept. 2020.                     | Sept. 2020          | 2020-09-01 | 2020-09-30
            It happened on 12 March 2019.                  | 12 March 2019       | 2019-03-12 | 2019-03-12
            It happened on March 12, 2019.                 | March 12, 2019      | 2019-03-12 | 2019-03-12
            It happened on March 12th 2019.                | March 12th 2019     | 2019-03-12 | 2019-03-12
            It happened on 2019-03-12.                     | 2019-03-12          | 2019-03-12 | 2019-03-12
            the 2021 coup                                  | 2021                | 2021-01-01 | 2021-12-31
            """)
    void finds_points_in_time(String text, String label, LocalDate from, LocalDate to) {
        List<TimeExpression> found = EventDateFinder.find(text);
        assertThat(found).hasSize(1);
        TimeExpression t = found.get(0);
        assertThat(t.label()).isEqualTo(label);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(label);
        assertThat(t.from()).isEqualTo(from);
        assertThat(t.to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            He has ruled since 1994.
            The Roadmap 2026–2028 was signed.
            The Roadmap 2026-2028 was signed.
            Music of the 1990s.
            They aim to finish by 2030.
            It released 8,665 detainees.
            Turnout was 2019% of nothing.
            It cost $2019.
            Room 12019 is upstairs.
            It ran from 2017 to 2021.
            It ran between 2017 and 2021.
            """)
    void ignores_periods_and_numbers(String text) {
        assertThat(EventDateFinder.find(text)).isEmpty();
    }
}
