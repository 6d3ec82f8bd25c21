package io.factcheck.knowledgesync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * APPLIED at once; PROPOSED when it contradicts a curated (shipped or hand-edited) fact, until an admin ACCEPTED or
 * REJECTED it; SUPERSEDED when a later run proposed other dates for the same tenure, or the tenure changed meanwhile.
 */
@Schema(name = "KnowledgeChangeStatus")
public enum ChangeStatus {
    APPLIED, PROPOSED, ACCEPTED, REJECTED, SUPERSEDED
}
