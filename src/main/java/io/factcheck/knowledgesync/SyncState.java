package io.factcheck.knowledgesync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RUNNING: fetching and applying the change set; RECHECKING: applied, re-checking the affected articles; SUCCEEDED;
 * FAILED: nothing was changed (or, when a re-check was cut short, its report says so).
 */
@Schema(name = "KnowledgeSyncState")
public enum SyncState {
    RUNNING, RECHECKING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
