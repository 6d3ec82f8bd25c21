package io.factcheck.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            U.S. President Donald Trump spoke. He left.                 | 2
            President Donald J. Trump spoke. He left.                   | 2
            Mr. Putin arrived. The talks began. Nothing happened!       | 3
            Prices rose 3.5 percent. Nobody cared.                      | 2
            "We will come," he said. Then he left.                      | 2
            """)
    void splits_on_sentence_ends_but_not_abbreviations(String text, int count) {
        assertThat(new Sentences(TextNormalizer.normalize(text)).count()).isEqualTo(count);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Only one other leader had visited Myanmar.           | true
            He visited the capital.                              | true
            Lukashenko traveled to Myanmar.                      | true
            The army took power.                                 | true
            The trip comes weeks before elections scheduled for December. | false
            The country faces a protracted crisis.               | false
            Myanmar is isolated.                                 | false
            The president says he will come.                     | false
            """)
    void detects_past_tense(String text, boolean past) {
        assertThat(new Sentences(text).isPastTense(0)).isEqualTo(past);
    }

    @org.junit.jupiter.api.Test
    void a_line_break_ends_a_sentence_and_positions_map_back() {
        String text = "The 2021 Coup\nIn February 2021, the army took control. It was brutal.";
        Sentences s = new Sentences(text);
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.indexOf(text.indexOf("Coup"))).isZero();
        assertThat(s.indexOf(text.indexOf("army"))).isEqualTo(1);
        assertThat(s.indexOf(text.indexOf("brutal"))).isEqualTo(2);
    }
}
