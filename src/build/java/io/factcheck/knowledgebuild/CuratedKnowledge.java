package io.factcheck.knowledgebuild;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.factcheck.knowledge.KnowledgeFile;

/**
 * The hand-curated knowledge (the seed story's people and offices, each fact with a checked source): it wins over
 * the build wherever the two disagree. Its version starts with its as-of date ("2026-11-22.1").
 */
record CuratedKnowledge(KnowledgeFile file, LocalDate asOf) {

    static CuratedKnowledge read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            KnowledgeFile file = KnowledgeFile.read(in);
            return new CuratedKnowledge(file, LocalDate.parse(file.version().substring(0, 10)));
        }
    }
}
