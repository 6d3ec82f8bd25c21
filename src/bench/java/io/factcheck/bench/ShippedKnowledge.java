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
        try (InputStream in = ShippedKnowledge.class.getClassLoader().getResourceAsStream("knowledge/knowledge.json")) {
            if (in == null) {
                throw new IllegalStateException("knowledge/knowledge.json is not on the classpath");
            }
            return JsonMapper.builder().findAndAddModules()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, KnowledgeFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
