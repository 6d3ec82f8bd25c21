package io.factcheck.check;

import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office without a name resolves to a person named earlier who fits the wording (nearest first), else to whoever
 * held the office at the time spoken of; its wording is then judged like a named title, with lower confidence.
 */
class OfficeOnlyTest {

    @ParameterizedTest(name = "[{index}] {0} @ {1} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            In February 2021, the army seized power. Since then, only one leader had visited: the Prime Minister of Cambodia. | 2025-11-29 | the Prime Minister of Cambodia | OUTDATED | Hun Sen
            In February 2021, the army seized power. Since then, only one leader had visited: the Prime Minister of Cambodia. | 2022-11-29 | the Prime Minister of Cambodia | ACCURATE | Hun Sen
            Putin spoke on Tuesday. The Russian president said the talks went well.  | 2025-06-01 | The Russian president | ACCURATE | Vladimir Putin
            Lukashenko landed in Yangon. The Belarusian president's trip lasted two days. | 2025-06-01 | The Belarusian president | ACCURATE | Alexander Lukashenko
            Lukashenko spoke of Donald Trump. He called the former U.S. president a friend. | 2025-08-05 | the former U.S. president | INACCURATE | Donald Trump
            Lukashenko spoke of Donald Trump. He called the former U.S. president a friend. | 2023-08-05 | the former U.S. president | ACCURATE | Donald Trump
            In 2010, the Russian president visited Caracas.                           | 2025-06-01 | the Russian president | OUTDATED | Dmitry Medvedev
            In 2015, the Russian president visited Caracas.                           | 2025-06-01 | the Russian president | ACCURATE | Vladimir Putin
            The Prime Minister of Cambodia opened the bridge.                         | 2025-06-01 | The Prime Minister of Cambodia | ACCURATE | Hun Manet
            Cambodia's prime minister met Lukashenko on Friday.                       | 2024-06-01 | Cambodia's prime minister | ACCURATE | Hun Manet
            The German chancellor is hosting the summit.                              | 2020-06-01 | The German chancellor | ACCURATE | Angela Merkel
            Merkel stepped down in 2021. The former German chancellor now writes books. | 2023-06-01 | The former German chancellor | ACCURATE | Angela Merkel
            Obama welcomed Trump at the White House. The former president said little. | 2017-02-01 | The former president | ACCURATE | Barack Obama
            Biden spoke first. The president then left.                               | 2022-06-01 | The president | ACCURATE | Joe Biden
            The visit in 2020 was hosted by the then-Prime Minister of Cambodia.      | 2025-06-01 | the then-Prime Minister of Cambodia | ACCURATE | Hun Sen
            Medvedev met Putin in 2010. The Russian president signed the treaty.      | 2025-06-01 | The Russian president | OUTDATED | Dmitry Medvedev
            """)
    void office_only_mention_is_resolved_then_judged(String text, String date, String phrase, Verdict verdict, String person) {
        Annotation a = VerdictAssert.assertVerdict(text, date, phrase, verdict, person);
        assertThat(a.quote()).isEqualTo(phrase);
        assertThat(a.message()).contains("resolved indirectly from an office-only mention");
        assertThat(a.confidence()).isLessThan(0.85);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The president said the talks went well.
            The former president said the talks went well.
            The former Prime Minister of Cambodia said the talks went well.
            Hun Manet spoke. Then the former prime minister of Cambodia left.
            Trump spoke at length. Biden replied. Nobody else spoke. A long pause followed. The former president left.
            Ivanka Trump defended the former president's record.
            """)
    void office_only_mention_that_cannot_be_pinned_down_produces_nothing(String text) {
        assertThat(Fixtures.check(text, "2025-08-05"))
                .noneMatch(a -> a.quote().toLowerCase().contains("president") || a.quote().contains("prime minister"));
    }

    @org.junit.jupiter.api.Test
    void the_design_card_example_names_the_successor_and_suggests_the_former_wording() {
        String text = "In February 2021, Myanmar's military took control. Before Lukashenko, only one other leader had "
                + "visited Myanmar: the Prime Minister of Cambodia.";
        Annotation a = Fixtures.covering(Fixtures.check(text, "2025-11-29"), text, "the Prime Minister of Cambodia").orElseThrow();
        assertThat(a.verdict()).isEqualTo(Verdict.OUTDATED);
        assertThat(a.person().name()).isEqualTo("Hun Sen");
        assertThat(a.office().name()).isEqualTo("Prime Minister of Cambodia");
        assertThat(a.message()).contains("2023-08-22").contains("Hun Manet").contains("February 2021")
                .contains("taken from an earlier sentence");
        assertThat(a.suggestion()).isEqualTo("the former Prime Minister of Cambodia, Hun Sen");
        assertThat(a.tenures()).anyMatch(t -> "2023-08-22".equals(t.end()) && t.source().contains("Hun_Sen"));
    }
}
