package io.factcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factcheck.claim.Verdict;

/** What the checker says beyond the verdict, on the shipped world knowledge: messages past the knowledge's end. */
class WorldRulesTest {

    private static final RoleChecker WORLD = WorldSentencesTest.WORLD;

    @Test
    void past_the_known_until_date_a_verdict_holds_as_of_that_date_and_names_no_current_holder() {
        List<Annotation> outdated = WORLD.check("Prime Minister Rishi Sunak visited the troops.", LocalDate.of(2026, 6, 1));
        List<Annotation> sameTimeInside = WORLD.check("Prime Minister Rishi Sunak visited the troops.",
                LocalDate.of(2025, 6, 1));
        assertThat(outdated).singleElement().satisfies(a -> {
            assertThat(a.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(a.message()).contains("known only until 2026-01-22").doesNotContain("current holder");
        });
        assertThat(sameTimeInside).singleElement().satisfies(a -> assertThat(a.message()).contains("current holder"));
        assertThat(outdated.get(0).confidence()).isLessThan(sameTimeInside.get(0).confidence());

        List<Annotation> accurate = WORLD.check("Prime Minister Keir Starmer spoke.", LocalDate.of(2026, 6, 1));
        assertThat(accurate).singleElement().satisfies(a -> {
            assertThat(a.verdict()).isEqualTo(Verdict.ACCURATE);
            assertThat(a.message()).contains("2026-01-22, the last day this knowledge covers").doesNotContain(" is Prime");
        });
    }

    @Test
    void a_newcomer_after_the_knowledge_ends_is_not_called_wrong() {
        assertThat(WORLD.check("British Prime Minister Keir Starmer spoke.", LocalDate.of(2023, 6, 1)))
                .singleElement().extracting(Annotation::verdict).isEqualTo(Verdict.INACCURATE);
        // the same kind of sentence about a time the knowledge does not cover: silence, not "never held"
        assertThat(WORLD.check("Former Prime Minister Keir Starmer spoke.", LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void a_shared_surname_is_resolved_by_the_date_or_left_alone() {
        Annotation bush = WORLD.check("President Bush visited India.", LocalDate.of(2006, 3, 2)).get(0);
        assertThat(bush.person().name()).isEqualTo("George W. Bush");
        assertThat(bush.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(bush.message()).contains("shared by 2 people");
        Annotation father = WORLD.check("President Bush addressed Congress.", LocalDate.of(1991, 3, 6)).get(0);
        assertThat(father.person().name()).isEqualTo("George H. W. Bush");
        // both were presidents before 2015 and neither was then: the text does not say which, so nothing is said
        assertThat(WORLD.check("President Bush spoke in Texas.", LocalDate.of(2015, 3, 6))).isEmpty();
    }
}
