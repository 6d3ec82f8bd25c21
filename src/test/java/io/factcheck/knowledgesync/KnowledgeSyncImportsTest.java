package io.factcheck.knowledgesync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The imports point one way (../shared/STYLE.md): the knowledge and its sync sit below the articles and their claims,
 * and reach them only through {@link ArticleRechecks}, which package article implements.
 */
class KnowledgeSyncImportsTest {

    private static final List<String> ABOVE = List.of("io.factcheck.article", "io.factcheck.claim",
            "io.factcheck.claimevent", "io.factcheck.review", "io.factcheck.check");

    @Test
    void the_sync_never_imports_the_packages_above_it() throws IOException {
        assertThat(importsOf("knowledgesync")).noneMatch(i -> ABOVE.stream().anyMatch(i::startsWith));
    }

    @Test
    void the_knowledge_never_imports_articles_claims_or_the_sync() throws IOException {
        assertThat(importsOf("knowledge")).noneMatch(i -> i.startsWith("io.factcheck.article")
                || i.startsWith("io.factcheck.claim") || i.startsWith("io.factcheck.knowledgesync"));
    }

    private static List<String> importsOf(String pkg) throws IOException {
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/factcheck", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import io.factcheck.")) {
                        imports.add(line.substring("import ".length(), line.length() - 1));
                    }
                }
            }
        }
        assertThat(imports).as("imports of " + pkg).isNotEmpty();
        return imports;
    }
}
