package io.factcheck.knowledge;

import io.factcheck.check.KnowledgeSnapshot;

/**
 * The whole knowledge a write is about to commit, published (a CDI event) before its rows are written, so that the
 * checker can compile it meanwhile. It becomes current only once the write has committed; if the write fails, what
 * was compiled from it is never used.
 */
public record StagedKnowledge(KnowledgeSnapshot snapshot) {
}
