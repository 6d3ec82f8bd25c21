package io.factcheck.knowledgebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shipped knowledge is what the build derives from shared/data: rebuilt here whenever the data is beside the
 * project, and compared byte for byte with what is committed.
 */
class KnowledgeBuildDriftTest {

    static final Path DATA = Path.of("../shared/data");
    static final Path CURATED = Path.of("src/build/resources/knowledge/curated.json");

    @Test
    void the_committed_knowledge_and_report_are_what_the_build_writes_from_the_data() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is not beside the project");
        KnowledgeBuild.Output output = KnowledgeBuild.build(DATA, CURATED);
        assertSame(output.knowledgeJson(), Path.of("src/main/resources/knowledge/knowledge.json"));
        assertSame(output.report(), Path.of("src/docs/knowledge-build-report.md"));
    }

    /** The first differing line, not a 3 MB diff. */
    private static void assertSame(String built, Path committed) throws IOException {
        String[] want = built.split("\n", -1);
        String[] have = Files.readString(committed, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(want.length, have.length); i++) {
            assertThat(have[i]).as(committed + " is stale at line " + (i + 1) + ": run ./mvnw -P knowledge-build "
                    + "process-test-classes and commit it").isEqualTo(want[i]);
        }
        assertThat(have.length).as(committed + " line count").isEqualTo(want.length);
    }

    @Test
    void two_builds_of_the_same_data_write_the_same_bytes() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is not beside the project");
        assertThat(KnowledgeBuild.build(DATA, CURATED).knowledgeJson())
                .isEqualTo(KnowledgeBuild.build(DATA, CURATED).knowledgeJson());
    }
}
