/**
 * The temporal role check (DESIGN.md section 3): is an office title right for the person at the time the text speaks of?
 *
 * <p>One {@link io.factcheck.check.RoleChecker#check check} runs these steps once per text:
 * <ol>
 *   <li>{@code TextNormalizer} folds typographic quotes, dashes and spaces without moving offsets;</li>
 *   <li>{@code MentionMatcher} finds every known name, title, place and office alias in one Aho–Corasick pass;</li>
 *   <li>{@code Sentences} and {@code EventDateFinder} find sentence bounds, past tense and explicit times;</li>
 *   <li>{@code MentionParser} reads the words around each title into a {@code RoleMention}: title–name,
 *       appositive or office-only, with its "former"/"then-" modifier and jurisdiction;</li>
 *   <li>{@code RoleAssessor} resolves the person and offices and asks {@code TenureJudge} for a verdict, while
 *       {@code ConfidenceModel} collects what makes the reading less certain;</li>
 *   <li>{@code AnnotationWriter} turns that into an {@link io.factcheck.check.Annotation} with evidence, a message and
 *       the correct wording; {@link io.factcheck.check.Sarif} renders annotations as SARIF.</li>
 * </ol>
 * Everything built from the knowledge ({@code KnowledgeIndex}, the automaton, {@code Term}s) is immutable and shared;
 * everything about one text lives in that check's own objects, so a checker is safe to use from many threads.
 */
package io.factcheck.check;
