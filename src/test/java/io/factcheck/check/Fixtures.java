package io.factcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Shared test knowledge: real office holders, loaded once from src/test/resources/check/knowledge-fixture.json. */
final class Fixtures {

    static final KnowledgeSnapshot KNOWLEDGE = load("/check/knowledge-fixture.json");
    static final RoleChecker CHECKER = new RoleChecker(KNOWLEDGE);

    private Fixtures() {
    }

    static KnowledgeSnapshot load(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return io.factcheck.knowledge.KnowledgeFile.read(in).toSnapshot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Annotation> check(String text, String date) {
        return CHECKER.check(text, LocalDate.parse(date));
    }

    /** The annotation whose span contains the first occurrence of {@code phrase}. */
    static Optional<Annotation> covering(List<Annotation> annotations, String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        int end = at + phrase.length();
        return annotations.stream().filter(a -> a.start() <= at && a.end() >= end).findFirst();
    }
}
