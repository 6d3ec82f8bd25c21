package io.factcheck.knowledgesync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who started a run: a request, or the daily schedule. */
@Schema(name = "KnowledgeSyncTrigger")
public enum SyncTrigger {
    MANUAL, SCHEDULED
}
