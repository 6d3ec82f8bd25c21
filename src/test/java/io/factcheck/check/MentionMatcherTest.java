package io.factcheck.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The automaton matches whole words only, titles in any case, names and acronyms in their own case. */
class MentionMatcherTest {

    private static final KnowledgeIndex KB = new KnowledgeIndex(Fixtures.KNOWLEDGE);
    private static final MentionMatcher MATCHER = new MentionMatcher(KB);

    private static List<String> matched(String text) {
        return MATCHER.scan(TextNormalizer.normalize(text)).stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Presidential Palace and presidents.         | ''
            PRESIDENT Putin                                 | PRESIDENT;Putin
            the prime minister                              | prime minister
            Trumpism and trump cards                        | ''
            Let us go at 3 pm.                              | ''
            Cambodian PM Hun Sen                            | Cambodian PM;Hun Sen
            Cambodia’s prime minister                       | Cambodia;prime minister
            the U.S. president and the US envoy             | U.S.;president;US
            the russian president                           | president
            Hun Sen's and Lukashenko's                      | Hun Sen;Lukashenko
            2019President                                   | ''
            """)
    void matches_whole_words_with_the_right_case(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(matched(text)).containsExactlyElementsOf(want);
    }

    @org.junit.jupiter.api.Test
    void the_longest_form_wins_over_its_parts() {
        assertThat(matched("Vice President Kamala Harris")).containsExactly("Vice President", "Kamala Harris");
        assertThat(matched("Cambodian Senate President Hun Sen")).containsExactly("Cambodian Senate President", "Hun Sen");
    }
}
