package io.factcheck.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a claim's words say of time and assertion, whatever their case. */
class TraitReaderTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Former President Piñera visited Lima          | PAST    | false
            the EX-PRESIDENT of Chile                     | PAST    | false
            Then-Prime Minister Hun Sen met them          | THEN    | false
            and then the rain came                        | NONE    | false
            the sitting president                         | PRESENT | false
            KING Charles opened it                        | PRESENT | false
            Hun Sen is NOT the prime minister             | PRESENT | true
            he didn't say so                              | NONE    | true
            Trump Tower was sold                          | NONE    | false
            """)
    void reads_tense_and_negation_in_any_case(String text, Traits.Tense tense, boolean negated) {
        assertThat(TraitReader.tense(text, false)).isEqualTo(tense);
        assertThat(TraitReader.negated(text)).isEqualTo(negated);
    }
}
