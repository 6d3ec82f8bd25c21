package io.factcheck.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The temporal role check (DESIGN.md section 3): finds mentions of people with office titles, and of offices alone, and
 * judges whether the wording is right at the time it speaks of. Immutable and thread-safe; build one per knowledge
 * version, since building compiles the matcher over every alias.
 */
public final class RoleChecker {

    private final KnowledgeIndex kb;
    private final MentionMatcher matcher;
    private final MentionParser parser;
    private final RoleAssessor assessor;
    private final AnnotationWriter writer;

    public RoleChecker(KnowledgeSnapshot snapshot) {
        this.kb = new KnowledgeIndex(Objects.requireNonNull(snapshot, "snapshot"));
        this.matcher = new MentionMatcher(kb);
        this.parser = new MentionParser(kb);
        this.assessor = new RoleAssessor(kb);
        this.writer = new AnnotationWriter(kb);
    }

    /**
     * @param text          the article body; offsets in the result are UTF-16 offsets into it
     * @param referenceDate the date the text speaks from (its publication date); today when null
     */
    public List<Annotation> check(String text, LocalDate referenceDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now();
        String normalized = TextNormalizer.normalize(text);
        List<Hit> hits = matcher.scan(normalized);
        if (hits.stream().noneMatch(Hit::isTitleLike)) {
            return List.of();
        }
        Sentences sentences = new Sentences(normalized);
        MentionParser.Run run = parser.run(normalized, hits, sentences);
        List<RoleMention> mentions = run.mentions();
        if (mentions.isEmpty()) {
            return List.of();
        }
        CheckContext ctx = new CheckContext(text, normalized, reference, sentences,
                EventDateFinder.find(normalized), run.named());
        List<Annotation> out = new ArrayList<>(mentions.size());
        for (RoleMention m : mentions) {
            RoleAssessor.Assessment assessment = assessor.assess(m, ctx);
            if (assessment != null) {
                out.add(writer.write(assessment, ctx));
            }
        }
        return List.copyOf(out);
    }
}
