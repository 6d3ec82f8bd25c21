package io.factcheck.knowledgesync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run does: query Wikidata, import an answer someone sent, or apply a proposal an admin accepted. */
@Schema(name = "KnowledgeSyncKind")
public enum SyncKind {
    SYNC, IMPORT, REVIEW
}
