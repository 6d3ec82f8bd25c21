package io.factcheck.common.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every whole-word occurrence of every phrase, overlaps included, exactly as a naive search finds them. */
class WordAutomatonTest {

    private static List<String> matches(WordAutomaton<String> automaton, String text) {
        List<String> found = new ArrayList<>();
        automaton.scan(text, (start, end, payload) -> found.add(start + ":" + end + ":" + payload));
        return found;
    }

    private static WordAutomaton<String> of(boolean ignoreCase, String... phrases) {
        WordAutomaton.Builder<String> builder = WordAutomaton.builder();
        if (ignoreCase) {
            builder.ignoreCase();
        }
        for (String phrase : phrases) {
            builder.add(phrase, phrase);
        }
        return builder.build();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Hun Sen met Hun Manet.   | 0:14:Prime Minister;6:14:Minister;15:22:Hun Sen;19:22:Sen;27:36:Hun Manet
            Hun Senate and Minister2 and 2Minister  | ''
            the U.S. president, U.S.-born           | 4:8:U.S.;20:24:U.S.
            Minister's                              | 0:8:Minister
            Sen                                     | 0:3:Sen
            ''                                      | ''
            """)
    void finds_whole_words_only_overlaps_included(String text, String expected) {
        WordAutomaton<String> automaton = of(false, "Prime Minister", "Minister", "Hun Sen", "Hun Manet", "U.S.", "Sen");
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(matches(automaton, text)).containsExactlyElementsOf(want);
    }

    @Test
    void case_matters_unless_ignored() {
        assertThat(matches(of(false, "Trump"), "trump cards and Trump")).containsExactly("16:21:Trump");
        assertThat(matches(of(true, "Prime Minister"), "PRIME MINISTER and prime minister"))
                .containsExactly("0:14:Prime Minister", "19:33:Prime Minister");
    }

    @Test
    void reads_any_script_in_text_and_phrases() {
        WordAutomaton<String> automaton = of(false, "Moon Jae-in", "習近平");
        assertThat(matches(automaton, "習近平 met Moon Jae-in in Сеул")).containsExactly("0:3:習近平", "8:19:Moon Jae-in");
        assertThat(matches(automaton, "習近平的")).isEmpty();
    }

    @Test
    void a_phrase_added_twice_keeps_its_last_payload() {
        WordAutomaton<String> automaton = WordAutomaton.<String>builder().add("Sen", "first").add("Sen", "second").build();
        assertThat(matches(automaton, "Sen")).containsExactly("0:3:second");
        assertThat(WordAutomaton.<String>builder().build().states()).isEqualTo(1);
    }

    @Test
    void agrees_with_a_naive_search_on_random_phrases_and_texts() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            boolean ignoreCase = round % 2 == 0;
            List<String> phrases = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                phrases.add(randomText(random, 1 + random.nextInt(8)));
            }
            String text = randomText(random, random.nextInt(200));
            WordAutomaton<String> automaton = of(ignoreCase, phrases.toArray(String[]::new));
            assertThat(matches(automaton, text)).as("phrases %s in %s", phrases, text)
                    .containsExactlyInAnyOrderElementsOf(naive(phrases, text, ignoreCase));
        }
    }

    /** Letters in both cases, a digit, a space and punctuation: small alphabet, many overlaps and boundaries. */
    private static String randomText(Random random, int length) {
        String alphabet = "abAB1 .-é";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static List<String> naive(List<String> phrases, String text, boolean ignoreCase) {
        Map<String, String> byKey = new HashMap<>();
        for (String phrase : phrases) {
            byKey.put(ignoreCase ? phrase.toLowerCase(Locale.ROOT) : phrase, phrase);
        }
        String haystack = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> found = new ArrayList<>();
        byKey.forEach((key, payload) -> {
            for (int at = haystack.indexOf(key); at >= 0; at = haystack.indexOf(key, at + 1)) {
                int end = at + key.length();
                boolean wordBefore = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
                boolean wordAfter = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
                if (!wordBefore && !wordAfter) {
                    found.add(at + ":" + end + ":" + payload);
                }
            }
        });
        return found;
    }
}
