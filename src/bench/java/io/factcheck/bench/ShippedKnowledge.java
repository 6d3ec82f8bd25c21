package io.factcheck.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factcheck.knowledge.KnowledgeFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped knowledge file (knowledge/knowledge.json, what the service loads at first start), read in the bench
 * tools. KnowledgeFile.read also validates, with helpers that need Quarkus, which the benchmarks jar leaves out; the
 * service validates the same file at every start anyway.
 */
public final class ShippedKnowledge {

    private ShippedKnowledge() {
    }

    public static KnowledgeFile read() {
        return read("knowledge/knowledge.json");
    }

    /**
     * A knowledge file in the same format: a file path if one exists there (e.g. the seed-story knowledge,
     * src/build/resources/knowledge/curated.json, to compare with), else a classpath resource.
     */
    public static KnowledgeFile read(String location) {
        java.nio.file.Path file = java.nio.file.Path.of(location);
        try (InputStream in = java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.newInputStream(file)
                : ShippedKnowledge.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is neither a file nor on the classpath");
            }
            return JsonMapper.builder().findAndAddModules()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, KnowledgeFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
