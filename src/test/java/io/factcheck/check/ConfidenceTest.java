package io.factcheck.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Confidence is computed: the more indirect the reading, the lower it is, and the message says why. */
class ConfidenceTest {

    private static double confidence(String text, String date, String phrase) {
        return Fixtures.covering(Fixtures.check(text, date), text, phrase).orElseThrow().confidence();
    }

    @ParameterizedTest(name = "[{index}] {0} > {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Cambodian Prime Minister Hun Manet spoke.        | Hun Manet | Prime Minister Hun Manet spoke.                  | Hun Manet
            Cambodian Prime Minister Hun Manet spoke.        | Hun Manet | Hun Manet, the Cambodian prime minister, spoke.  | Hun Manet
            Hun Manet, the Cambodian prime minister, spoke.  | Hun Manet | The Cambodian prime minister spoke.              | The Cambodian prime minister
            U.S. President Donald Trump spoke.               | Trump     | 'President' Donald Trump spoke.                  | Trump
            In 2010, the Russian president visited Caracas.  | the Russian president | The army acted in 2010. Later the Russian president visited Caracas. | the Russian president
            """)
    void the_more_indirect_reading_has_lower_confidence(String direct, String directPhrase, String indirect,
                                                        String indirectPhrase) {
        String date = "2025-06-01";
        assertThat(confidence(direct, date, directPhrase)).isGreaterThan(confidence(indirect, date, indirectPhrase));
    }

    @Test
    void a_shared_surname_lowers_confidence_and_says_so() {
        // in 2006 only one of the two Presidents Bush fits; in 2025 neither does, and the checker says nothing
        String date = "2006-03-02";
        Annotation shared = Fixtures.check("President Bush spoke.", date).get(0);
        assertThat(shared.confidence()).isLessThan(confidence("President George W. Bush spoke.", date, "Bush"));
        assertThat(shared.message()).contains("Confidence lowered:").contains("is shared by 2 people");
        assertThat(Fixtures.check("President Bush spoke.", "2025-06-01")).isEmpty();
    }

    @Test
    void a_direct_mention_with_jurisdiction_starts_high_and_explains_nothing() {
        Annotation a = Fixtures.check("Cambodian Prime Minister Hun Manet spoke.", "2025-06-01").get(0);
        assertThat(a.confidence()).isEqualTo(ConfidenceModel.DIRECT);
        assertThat(a.message()).doesNotContain("Confidence lowered");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Prime Minister Hun Manet spoke.                  | the title names no jurisdiction
            The Cambodian prime minister spoke.              | resolved indirectly from an office-only mention
            Hun Manet, the Cambodian prime minister, spoke.  | apposition
            'President' Donald Trump spoke.                  | quotation marks
            """)
    void each_lowering_is_explained(String text, String reason) {
        Annotation a = Fixtures.check(text, "2025-06-01").get(0);
        assertThat(a.message()).contains("Confidence lowered:").contains(reason);
    }
}
