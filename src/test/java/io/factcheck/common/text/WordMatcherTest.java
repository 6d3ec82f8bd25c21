package io.factcheck.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordMatcherTest {

    @Test
    void finds_whole_words_only_with_their_offsets_overlaps_included() {
        WordMatcher<String> m = WordMatcher.caseSensitive(Map.of("PM", "pm", "Prime Minister", "title",
                "Minister", "minister"));
        assertThat(m.matches("The Prime Minister, not the PMs or 2019PM, met the PM."))
                .containsExactly(new WordMatcher.Match<>(4, 18, "title"), new WordMatcher.Match<>(10, 18, "minister"),
                        new WordMatcher.Match<>(51, 53, "pm"));
    }

    @Test
    void case_sensitive_forms_keep_their_casing_rules() {
        WordMatcher<String> m = WordMatcher.caseSensitive(Map.of("US", "country"));
        assertThat(m.matches("Tell us about the US.")).containsExactly(new WordMatcher.Match<>(18, 20, "country"));
    }

    @Test
    void ignoring_case_merges_forms_that_differ_only_in_case_and_keeps_offsets() {
        WordMatcher<List<String>> m = WordMatcher.ignoringCase(Map.of("Président", List.of("a"), "président",
                List.of("b")), (x, y) -> List.of(x.get(0), y.get(0)));
        List<WordMatcher.Match<List<String>>> found = m.matches("Ärger: PRÉSIDENT Macron");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).start()).isEqualTo(7);
        assertThat(found.get(0).end()).isEqualTo(16);
        assertThat(found.get(0).value()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void an_empty_matcher_finds_nothing() {
        assertThat(WordMatcher.caseSensitive(Map.<String, String>of()).matches("Anything at all")).isEmpty();
        assertThat(WordMatcher.caseSensitive(Map.of("X", "x")).matches(null)).isEmpty();
    }
}
