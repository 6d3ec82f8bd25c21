package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "then-"/"at the time": judged at the event date of the sentence (year, month, full date), else the reference date. */
class ThenTitleTest {

    @ParameterizedTest(name = "[{index}] {0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2019, then-President Donald Trump met Kim Jong Un.                      | 2025-08-05 | then-President Donald Trump | ACCURATE | Donald Trump
            In 2015, then-President Donald Trump said it.                              | 2025-08-05 | then-President Donald Trump | INACCURATE | Donald Trump
            then-President Barack Obama visited Havana in March 2016.                  | 2025-08-05 | then-President Barack Obama | ACCURATE | Barack Obama
            then-Prime Minister Vladimir Putin visited Minsk in 2010.                  | 2025-08-05 | then-Prime Minister Vladimir Putin | ACCURATE | Vladimir Putin
            then-President Vladimir Putin visited Minsk in 2010.                       | 2025-08-05 | then-President Vladimir Putin | INACCURATE | Vladimir Putin
            the only other visitor was Cambodia’s then-Prime Minister Hun Sen back in early 2022. | 2025-11-29 | then-Prime Minister Hun Sen | ACCURATE | Hun Sen
            then-Prime Minister Hun Sen visited Naypyidaw in January 2022.             | 2025-11-29 | then-Prime Minister Hun Sen | ACCURATE | Hun Sen
            then-Prime Minister Hun Sen visited Hanoi in 1990.                         | 2025-11-29 | then-Prime Minister Hun Sen | ACCURATE | Hun Sen
            then-Prime Minister Hun Sen visited Hanoi in 2024.                         | 2025-11-29 | then-Prime Minister Hun Sen | INACCURATE | Hun Sen
            On 12 March 2019, then-Chancellor Angela Merkel said so.                   | 2025-08-05 | then-Chancellor Angela Merkel | ACCURATE | Angela Merkel
            On March 12, 2022, then-Chancellor Angela Merkel said so.                  | 2025-08-05 | then-Chancellor Angela Merkel | INACCURATE | Angela Merkel
            On 2021-12-07, then-Chancellor Angela Merkel said so.                      | 2025-08-05 | then-Chancellor Angela Merkel | ACCURATE | Angela Merkel
            On 2021-12-08, then-Chancellor Angela Merkel said so.                      | 2025-08-05 | then-Chancellor Angela Merkel | INACCURATE | Angela Merkel
            On 2021-12-08, then-Chancellor Olaf Scholz took office.                    | 2025-08-05 | then-Chancellor Olaf Scholz | ACCURATE | Olaf Scholz
            The order was signed by then President Donald Trump in 2018.               | 2025-08-05 | then President Donald Trump | ACCURATE | Donald Trump
            It was the then prime minister of Russia, Dmitry Medvedev, who spoke in 2015. | 2025-08-05 | Dmitry Medvedev | ACCURATE | Dmitry Medvedev
            Dmitry Medvedev, the Russian president at the time, visited Hanoi in 2010. | 2025-08-05 | Dmitry Medvedev | ACCURATE | Dmitry Medvedev
            Dmitry Medvedev, the Russian president at the time, visited Hanoi in 2014. | 2025-08-05 | Dmitry Medvedev | INACCURATE | Dmitry Medvedev
            The Russian president at the time, Boris Yeltsin, flew to Oslo in 1996.    | 2025-08-05 | Boris Yeltsin | ACCURATE | Boris Yeltsin
            Medvedev, then president of Russia, visited Caracas in 2010.               | 2025-08-05 | Medvedev | ACCURATE | Dmitry Medvedev
            In 2010 the two leaders met in Moscow. There, then-Prime Minister Vladimir Putin promised gas. | 2025-08-05 | then-Prime Minister Vladimir Putin | ACCURATE | Vladimir Putin
            At the time, Prime Minister Hun Sen visited Myanmar in 2022.               | 2025-11-29 | Prime Minister Hun Sen | ACCURATE | Hun Sen
            At the time, Prime Minister Hun Sen visited Myanmar in 2024.               | 2025-11-29 | Prime Minister Hun Sen | INACCURATE | Hun Sen
            Vladimir Putin, then Russia's prime minister, visited Minsk in 2010.       | 2025-08-05 | Vladimir Putin, then Russia's prime minister | ACCURATE | Vladimir Putin
            In 2013, Russia's then-prime minister Dmitry Medvedev met Obama.          | 2025-08-05 | Russia's then-prime minister Dmitry Medvedev | ACCURATE | Dmitry Medvedev
            then-President Barack Obama spoke at the event.                            | 2016-06-01 | then-President Barack Obama | ACCURATE | Barack Obama
            then-President Barack Obama spoke at the event.                            | 2020-06-01 | then-President Barack Obama | INACCURATE | Barack Obama
            """)
    void then_is_judged_at_the_event_date(String text, String date, String phrase, Verdict verdict, String person) {
        VerdictAssert.assertVerdict(text, date, phrase, verdict, person);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            then-President Vladimir Putin visited Minsk in 2010. | then-Russian Prime Minister Vladimir Putin
            then-Chancellor Angela Merkel spoke in 2024.         | Angela Merkel
            """)
    void wrong_then_title_suggests_the_office_held_then(String text, String suggestion) {
        Annotation a = Fixtures.check(text, "2025-08-05").get(0);
        assertThat(a.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(a.suggestion()).isEqualTo(suggestion);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2010 the two leaders met in Moscow. There, then-Prime Minister Vladimir Putin promised gas. | earlier sentence
            then-President Barack Obama spoke at the event.                                                | no time of the event
            """)
    void event_time_not_in_the_sentence_lowers_confidence(String text, String reason) {
        Annotation a = Fixtures.check(text, "2016-06-01").get(0);
        assertThat(a.confidence()).isLessThan(0.9);
        assertThat(a.message()).contains(reason);
    }
}
