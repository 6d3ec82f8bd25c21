package io.factcheck.check;

import io.factcheck.claim.Verdict;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Common checks for table rows: the mention is found, judged, attributed and explained. */
final class VerdictAssert {

    private VerdictAssert() {
    }

    static Annotation assertVerdict(String text, String date, String phrase, Verdict verdict, String person) {
        List<Annotation> annotations = Fixtures.check(text, date);
        Annotation a = Fixtures.covering(annotations, text, phrase)
                .orElseThrow(() -> new AssertionError("no annotation covering \"" + phrase + "\" in: " + text
                        + " (found " + annotations + ")"));
        assertThat(a.verdict()).as("verdict of \"%s\" on %s: %s", phrase, date, a.message()).isEqualTo(verdict);
        assertThat(a.person()).isNotNull();
        assertThat(a.person().name()).isEqualTo(person);
        assertWellFormed(text, a);
        return a;
    }

    static void assertWellFormed(String text, Annotation a) {
        assertThat(a.quote()).isEqualTo(text.substring(a.start(), a.end()));
        assertThat(a.kind()).isEqualTo(Annotation.ROLE_TENURE);
        assertThat(a.confidence()).isBetween(0.0, 1.0);
        assertThat(a.message()).isNotBlank();
        assertThat(a.office()).isNotNull();
        assertThat(a.office().name()).isNotBlank();
        if (a.verdict() != Verdict.ACCURATE) {
            assertThat(a.suggestion()).as("suggestion for %s", a.quote()).isNotBlank();
        }
        a.tenures().forEach(t -> {
            assertThat(t.start()).isNotBlank();
            assertThat(t.source()).startsWith("https://");
        });
        if (a.confidence() < ConfidenceModel.DIRECT) {
            assertThat(a.message()).contains("Confidence lowered:");
        }
    }

    static void assertNothing(String text, String date) {
        assertThat(Fixtures.check(text, date)).as("annotations for: %s", text).isEmpty();
    }
}
