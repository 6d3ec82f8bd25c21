package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "former"/"ex-": held it before the reference date and not on it → ACCURATE; holds it, or never held it → INACCURATE. */
class FormerTitleTest {

    @ParameterizedTest(name = "[{index}] {0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            former U.S. President Donald Trump held a rally.               | 2016-06-01 | former U.S. President Donald Trump | INACCURATE | Donald Trump
            former U.S. President Donald Trump held a rally.               | 2021-01-19 | former U.S. President Donald Trump | INACCURATE | Donald Trump
            former U.S. President Donald Trump held a rally.               | 2021-01-20 | former U.S. President Donald Trump | ACCURATE   | Donald Trump
            former U.S. President Donald Trump held a rally.               | 2023-06-01 | former U.S. President Donald Trump | ACCURATE   | Donald Trump
            former U.S. President Donald Trump held a rally.               | 2025-01-19 | former U.S. President Donald Trump | ACCURATE   | Donald Trump
            former U.S. President Donald Trump held a rally.               | 2025-01-20 | former U.S. President Donald Trump | INACCURATE | Donald Trump
            Former President Barack Obama wrote a book.                    | 2015-06-01 | Former President Barack Obama      | INACCURATE | Barack Obama
            Former President Barack Obama wrote a book.                    | 2020-06-01 | Former President Barack Obama      | ACCURATE   | Barack Obama
            ex-President Dmitry Medvedev posted on Telegram.               | 2013-06-01 | ex-President Dmitry Medvedev       | ACCURATE   | Dmitry Medvedev
            ex-President Dmitry Medvedev posted on Telegram.               | 2010-06-01 | ex-President Dmitry Medvedev       | INACCURATE | Dmitry Medvedev
            The ex President Medvedev posted on Telegram.                  | 2024-06-01 | ex President Medvedev              | ACCURATE   | Dmitry Medvedev
            former Russian Prime Minister Vladimir Putin spoke.            | 2025-06-01 | former Russian Prime Minister Vladimir Putin | ACCURATE | Vladimir Putin
            former Russian Prime Minister Vladimir Putin spoke.            | 2010-06-01 | former Russian Prime Minister Vladimir Putin | INACCURATE | Vladimir Putin
            former Russian President Vladimir Putin spoke.                 | 2010-06-01 | former Russian President Vladimir Putin | ACCURATE | Vladimir Putin
            former Russian President Vladimir Putin spoke.                 | 2025-06-01 | former Russian President Vladimir Putin | INACCURATE | Vladimir Putin
            former Cambodian Prime Minister Hun Sen arrived.               | 2023-08-21 | former Cambodian Prime Minister Hun Sen | INACCURATE | Hun Sen
            former Cambodian Prime Minister Hun Sen arrived.               | 2023-08-22 | former Cambodian Prime Minister Hun Sen | ACCURATE | Hun Sen
            Cambodia's former prime minister Hun Sen arrived.              | 2024-06-01 | Cambodia's former prime minister Hun Sen | ACCURATE | Hun Sen
            ex-Prime Minister Hun Manet arrived.                           | 2025-06-01 | ex-Prime Minister Hun Manet        | INACCURATE | Hun Manet
            Former German Chancellor Angela Merkel gave a speech.          | 2022-06-01 | Former German Chancellor Angela Merkel | ACCURATE | Angela Merkel
            former Chancellor Friedrich Merz gave a speech.                | 2025-08-01 | former Chancellor Friedrich Merz   | INACCURATE | Friedrich Merz
            former Belarusian President Alexander Lukashenko gave a speech. | 2025-08-01 | former Belarusian President Alexander Lukashenko | INACCURATE | Alexander Lukashenko
            former Vice President Mike Pence endorsed nobody.              | 2022-06-01 | former Vice President Mike Pence   | ACCURATE   | Mike Pence
            former Chancellor Hun Sen arrived.                             | 2025-06-01 | former Chancellor Hun Sen          | INACCURATE | Hun Sen
            former U.S. National Security Advisor John Bolton alleged it.  | 2025-08-05 | former U.S. National Security Advisor John Bolton | ACCURATE | John Bolton
            """)
    void former_is_judged_at_the_reference_date(String text, String date, String phrase, Verdict verdict, String person) {
        VerdictAssert.assertVerdict(text, date, phrase, verdict, person);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            former U.S. President Donald Trump held a rally.  | 2025-08-05 | U.S. President Donald Trump
            Former President Vladimir Putin spoke.            | 2025-08-05 | President Vladimir Putin
            ex-Prime Minister Hun Manet arrived.              | 2025-06-01 | Prime Minister Hun Manet
            Cambodia's former prime minister Hun Sen arrived. | 2020-06-01 | Cambodia's prime minister Hun Sen
            """)
    void former_for_a_sitting_holder_suggests_dropping_it(String text, String date, String suggestion) {
        Annotation a = Fixtures.check(text, date).get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(a.suggestion()).isEqualTo(suggestion);
        assertThat(a.message()).contains("\"former\" is wrong");
    }
}
