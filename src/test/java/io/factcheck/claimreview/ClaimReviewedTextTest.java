package io.factcheck.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** claimReviewed: at most 75 characters, cut at a word boundary with "…". No application needed. */
class ClaimReviewedTextTest {

    @Test
    void a_short_claim_is_kept_as_it_is() {
        assertThat(ClaimReview.claimReviewed("Hun Sen is the Prime Minister of Cambodia"))
                .isEqualTo("Hun Sen is the Prime Minister of Cambodia");
    }

    @Test
    void a_claim_of_exactly_75_characters_is_not_cut() {
        String text = "a".repeat(30) + " " + "b".repeat(44);
        assertThat(text).hasSize(75);
        assertThat(ClaimReview.claimReviewed(text)).isEqualTo(text);
    }

    @Test
    void a_long_claim_is_cut_after_a_whole_word_and_marked_with_an_ellipsis() {
        String text = "Former U.S. President Donald Trump, who left office in 2021, met the Belarusian leader in August 2025.";
        String cut = ClaimReview.claimReviewed(text);
        assertThat(cut).hasSizeLessThanOrEqualTo(75)
                .isEqualTo("Former U.S. President Donald Trump, who left office in 2021, met the…");
        assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
    }

    @Test
    void trailing_punctuation_before_the_cut_is_dropped() {
        String text = "The talks covered trade, fertiliser exports, rice and tractors, railways, and a great deal more.";
        assertThat(ClaimReview.claimReviewed(text))
                .isEqualTo("The talks covered trade, fertiliser exports, rice and tractors, railways…");
    }

    @Test
    void line_breaks_and_runs_of_spaces_become_single_spaces() {
        assertThat(ClaimReview.claimReviewed("  The minister\n said   it.\t")).isEqualTo("The minister said it.");
    }

    @Test
    void one_endless_word_is_cut_inside_without_splitting_a_surrogate_pair() {
        String text = "x".repeat(73) + "🧭" + "y".repeat(10);
        String cut = ClaimReview.claimReviewed(text);
        assertThat(cut).hasSizeLessThanOrEqualTo(75).endsWith("…").isEqualTo("x".repeat(73) + "…");
    }
}
