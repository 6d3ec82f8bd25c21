package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A bare title is judged at the reference date: holds it → ACCURATE, only before → OUTDATED, never/only later → INACCURATE. */
class BareTitleTest {

    @ParameterizedTest(name = "[{index}] {0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Cambodian Prime Minister Hun Sen visited Beijing.          | 2020-05-01 | Cambodian Prime Minister Hun Sen | ACCURATE   | Hun Sen
            Cambodian Prime Minister Hun Sen visited Beijing.          | 2023-08-21 | Cambodian Prime Minister Hun Sen | ACCURATE   | Hun Sen
            Cambodian Prime Minister Hun Sen visited Beijing.          | 2023-08-22 | Cambodian Prime Minister Hun Sen | OUTDATED   | Hun Sen
            Cambodian Prime Minister Hun Sen visited Beijing.          | 2023-08-23 | Cambodian Prime Minister Hun Sen | OUTDATED   | Hun Sen
            Cambodian PM Hun Sen met the envoy.                        | 2025-11-29 | Cambodian PM Hun Sen             | OUTDATED   | Hun Sen
            Prime Minister Hun Manet opened the bridge.                | 2023-08-21 | Prime Minister Hun Manet         | INACCURATE | Hun Manet
            Prime Minister Hun Manet opened the bridge.                | 2023-08-22 | Prime Minister Hun Manet         | ACCURATE   | Hun Manet
            The premier of Cambodia, Hun Manet, opened the bridge.     | 2024-06-01 | Hun Manet                        | ACCURATE   | Hun Manet
            U.S. President Donald Trump spoke.                         | 2016-06-01 | U.S. President Donald Trump      | INACCURATE | Donald Trump
            U.S. President Donald Trump spoke.                         | 2017-01-19 | U.S. President Donald Trump      | INACCURATE | Donald Trump
            U.S. President Donald Trump spoke.                         | 2017-01-20 | U.S. President Donald Trump      | ACCURATE   | Donald Trump
            U.S. President Donald Trump spoke.                         | 2021-01-19 | U.S. President Donald Trump      | ACCURATE   | Donald Trump
            U.S. President Donald Trump spoke.                         | 2021-01-20 | U.S. President Donald Trump      | OUTDATED   | Donald Trump
            U.S. President Donald Trump spoke.                         | 2025-01-19 | U.S. President Donald Trump      | OUTDATED   | Donald Trump
            U.S. President Donald Trump spoke.                         | 2025-01-20 | U.S. President Donald Trump      | ACCURATE   | Donald Trump
            US President Joe Biden signed the bill.                    | 2025-08-05 | US President Joe Biden           | OUTDATED   | Joe Biden
            American President Barack Obama arrived.                   | 2012-03-01 | American President Barack Obama  | ACCURATE   | Barack Obama
            President Donald J. Trump signed the order.                | 2018-03-01 | President Donald J. Trump        | ACCURATE   | Donald Trump
            POTUS Joe Biden spoke.                                     | 2022-03-01 | POTUS Joe Biden                  | ACCURATE   | Joe Biden
            Russia's President Vladimir Putin arrived.                 | 2025-11-29 | Russia's President Vladimir Putin | ACCURATE  | Vladimir Putin
            Russia’s President Vladimir Putin arrived.                 | 2025-11-29 | Russia’s President Vladimir Putin | ACCURATE  | Vladimir Putin
            Russia's President Vladimir Putin arrived.                 | 2010-01-01 | Russia's President Vladimir Putin | OUTDATED  | Vladimir Putin
            Russian Prime Minister Vladimir Putin arrived.             | 2010-01-01 | Russian Prime Minister Vladimir Putin | ACCURATE | Vladimir Putin
            Russian Prime Minister Vladimir Putin arrived.             | 2025-01-01 | Russian Prime Minister Vladimir Putin | OUTDATED | Vladimir Putin
            Prime Minister Medvedev chaired the meeting.               | 2020-01-15 | Prime Minister Medvedev          | ACCURATE   | Dmitry Medvedev
            Prime Minister Medvedev chaired the meeting.               | 2020-01-16 | Prime Minister Medvedev          | OUTDATED   | Dmitry Medvedev
            Russian President Dmitry Medvedev visited Caracas.         | 2007-06-01 | Russian President Dmitry Medvedev | INACCURATE | Dmitry Medvedev
            Russian President Dmitry Medvedev visited Caracas.         | 2009-06-01 | Russian President Dmitry Medvedev | ACCURATE  | Dmitry Medvedev
            Russian President Dmitry Medvedev visited Caracas.         | 2013-06-01 | Russian President Dmitry Medvedev | OUTDATED  | Dmitry Medvedev
            The President of Belarus, Alexander Lukashenko, traveled.  | 2025-11-29 | Alexander Lukashenko             | ACCURATE   | Alexander Lukashenko
            Belarusian President Alexander Lukashenka arrived.         | 2025-11-29 | Belarusian President Alexander Lukashenka | ACCURATE | Alexander Lukashenko
            He praised president Lukashenko for his hospitality.       | 2020-05-01 | president Lukashenko             | ACCURATE   | Alexander Lukashenko
            Belarus President Lukashenko met the delegation.           | 2021-05-01 | Belarus President Lukashenko     | ACCURATE   | Alexander Lukashenko
            German Chancellor Angela Merkel spoke.                     | 2019-01-01 | German Chancellor Angela Merkel  | ACCURATE   | Angela Merkel
            German Chancellor Angela Merkel spoke.                     | 2022-01-01 | German Chancellor Angela Merkel  | OUTDATED   | Angela Merkel
            Chancellor Olaf Scholz spoke.                              | 2025-05-05 | Chancellor Olaf Scholz           | ACCURATE   | Olaf Scholz
            Chancellor Olaf Scholz spoke.                              | 2025-05-06 | Chancellor Olaf Scholz           | OUTDATED   | Olaf Scholz
            Vice President Kamala Harris spoke.                        | 2022-03-01 | Vice President Kamala Harris     | ACCURATE   | Kamala Harris
            Vice President Kamala Harris spoke.                        | 2025-03-01 | Vice President Kamala Harris     | OUTDATED   | Kamala Harris
            U.S. Vice President Joe Biden visited Kyiv.                | 2022-03-01 | U.S. Vice President Joe Biden    | OUTDATED   | Joe Biden
            Belarusian Foreign Minister Maxim Ryzhenkov said so.       | 2025-11-28 | Belarusian Foreign Minister Maxim Ryzhenkov | ACCURATE | Maxim Ryzhenkov
            Cambodian Senate President Hun Sen chaired the session.    | 2025-06-01 | Cambodian Senate President Hun Sen | ACCURATE | Hun Sen
            The sitting Cambodian Prime Minister Hun Sen spoke.        | 2025-06-01 | Cambodian Prime Minister Hun Sen | OUTDATED   | Hun Sen
            Russian President Alexander Lukashenko spoke.              | 2025-06-01 | Russian President Alexander Lukashenko | INACCURATE | Alexander Lukashenko
            Cambodian Prime Minister Vladimir Putin spoke.             | 2025-06-01 | Cambodian Prime Minister Vladimir Putin | INACCURATE | Vladimir Putin
            Chancellor Donald Trump spoke.                             | 2025-06-01 | Chancellor Donald Trump          | INACCURATE | Donald Trump
            President Bush signed the treaty.                          | 1990-06-01 | President Bush                   | ACCURATE   | George H. W. Bush
            President Bush signed the treaty.                          | 2005-06-01 | President Bush                   | ACCURATE   | George W. Bush
            PRESIDENT PUTIN ARRIVES                                    | 2025-06-01 | PRESIDENT PUTIN                  | ACCURATE   | Vladimir Putin
            """)
    void bare_title_is_judged_at_the_reference_date(String text, String date, String phrase, Verdict verdict, String person) {
        VerdictAssert.assertVerdict(text, date, phrase, verdict, person);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cambodian Prime Minister Hun Sen visited Beijing.   | 2025-11-29 | former Cambodian Prime Minister Hun Sen
            Cambodia's prime minister Hun Sen visited Beijing.  | 2025-11-29 | Cambodia's former prime minister Hun Sen
            Chancellor Angela Merkel spoke.                     | 2022-01-01 | former Chancellor Angela Merkel
            Hun Sen, the prime minister of Cambodia, spoke.     | 2025-11-29 | Hun Sen, the former prime minister of Cambodia
            The current Russian President Dmitry Medvedev said. | 2013-01-01 | former Russian President Dmitry Medvedev
            """)
    void outdated_title_suggests_former(String text, String date, String suggestion) {
        Annotation a = Fixtures.check(text, date).get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.OUTDATED);
        assertThat(a.suggestion()).isEqualTo(suggestion);
    }

    @ParameterizedTest(name = "[{index}] {0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian President Alexander Lukashenko spoke.   | 2025-06-01 | Belarusian President Alexander Lukashenko
            Prime Minister Joe Biden spoke.                 | 2023-06-01 | U.S. President Joe Biden
            Prime Minister Joe Biden spoke.                 | 2025-06-01 | former U.S. President Joe Biden
            Prime Minister Hun Manet spoke.                 | 2020-06-01 | Hun Manet
            """)
    void wrong_title_suggests_the_office_actually_held(String text, String date, String suggestion) {
        Annotation a = Fixtures.check(text, date).get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(a.suggestion()).isEqualTo(suggestion);
    }
}
