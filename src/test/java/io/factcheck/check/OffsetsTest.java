package io.factcheck.check;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetsTest {

    @Test
    void offsets_are_utf16_indices_into_the_original_text() {
        String text = "\uD83C\uDDF0\uD83C\uDDED Cambodia’s “premier” — Cambodian PM Hun Sen — met Russia’s President Vladimir Putin.";
        List<Annotation> annotations = Fixtures.check(text, "2025-06-01");
        assertThat(annotations).hasSize(3);
        for (Annotation a : annotations) {
            assertThat(a.quote()).isEqualTo(text.substring(a.start(), a.end()));
        }
        assertThat(annotations.get(0).quote()).isEqualTo("Cambodia’s “premier”");
        assertThat(annotations.get(0).person().name()).isEqualTo("Hun Manet");
        assertThat(annotations.get(1).quote()).isEqualTo("Cambodian PM Hun Sen");
        assertThat(annotations.get(2).quote()).isEqualTo("Russia’s President Vladimir Putin");
    }

    @Test
    void empty_or_title_free_text_gives_nothing_and_null_date_means_today() {
        assertThat(Fixtures.CHECKER.check("", LocalDate.now())).isEmpty();
        assertThat(Fixtures.CHECKER.check("Nothing to see here.", null)).isEmpty();
        assertThat(Fixtures.CHECKER.check("Prime Minister Hun Manet spoke.", null)).hasSize(1);
    }

    @Test
    void the_checker_is_safe_to_share_between_threads() throws Exception {
        String text = "U.S. President Donald Trump met Russian President Vladimir Putin in 2019. "
                + "The former U.S. president said so.";
        List<Annotation> expected = Fixtures.check(text, "2023-01-01");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<Annotation>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    results.add(Fixtures.check(text, "2023-01-01"));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(800).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
