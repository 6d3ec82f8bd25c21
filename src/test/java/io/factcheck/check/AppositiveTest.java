package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "Name, the [former] title [of Place]," binds the title to the name before the comma. */
class AppositiveTest {

    @ParameterizedTest(name = "[{index}] {0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Hun Sen, the former prime minister of Cambodia, said so.    | 2025-11-29 | Hun Sen, the former prime minister of Cambodia | ACCURATE | Hun Sen
            Hun Sen, the former prime minister of Cambodia, said so.    | 2020-11-29 | Hun Sen, the former prime minister of Cambodia | INACCURATE | Hun Sen
            Hun Sen, the prime minister of Cambodia, said so.           | 2025-11-29 | Hun Sen, the prime minister of Cambodia | OUTDATED | Hun Sen
            Hun Sen, the prime minister of Cambodia, said so.           | 2015-11-29 | Hun Sen, the prime minister of Cambodia | ACCURATE | Hun Sen
            They met Trump, the former president.                       | 2023-06-01 | Trump, the former president | ACCURATE | Donald Trump
            They met Trump, the former president.                       | 2025-08-05 | Trump, the former president | INACCURATE | Donald Trump
            Vladimir Putin, Russia's president, said so.                | 2025-06-01 | Vladimir Putin, Russia's president | ACCURATE | Vladimir Putin
            Angela Merkel, the German chancellor, said so.              | 2023-06-01 | Angela Merkel, the German chancellor | OUTDATED | Angela Merkel
            Lukashenko, the Belarusian president.                       | 2025-06-01 | Lukashenko, the Belarusian president | ACCURATE | Alexander Lukashenko
            Hun Manet, a former Cambodian prime minister, said so.      | 2025-06-01 | Hun Manet, a former Cambodian prime minister | INACCURATE | Hun Manet
            Olaf Scholz, the ex-chancellor, who lost the vote, spoke.   | 2025-08-01 | Olaf Scholz, the ex-chancellor | ACCURATE | Olaf Scholz
            Joe Biden, the U.S. president - and a Democrat - spoke.     | 2022-06-01 | Joe Biden, the U.S. president | ACCURATE | Joe Biden
            """)
    void appositive_title_is_judged_for_the_named_person(String text, String date, String phrase, Verdict verdict, String person) {
        Annotation a = VerdictAssert.assertVerdict(text, date, phrase, verdict, person);
        assertThat(a.quote()).isEqualTo(phrase);
        assertThat(a.message()).contains("apposition");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            After meeting Trump, the Russian president said the talks went well.
            In a call with Putin, the U.S. president promised nothing.
            """)
    void a_comma_after_an_introductory_clause_is_not_an_appositive(String text) {
        // The office-only reading still applies, but never to the name before the comma.
        Fixtures.check(text, "2025-08-05").forEach(a -> assertThat(a.quote()).doesNotContain(","));
    }
}
