package io.factcheck.claim;

/** PENDING until reviewed; ORPHANED when a revision of the article removed the quoted text. */
public enum ClaimStatus {
    PENDING, REVIEWED, ORPHANED
}
