package io.factcheck.knowledge;

/**
 * Where a tenure came from. A SHIPPED or API row is curated (the knowledge file, or a hand edit): a Wikidata sync
 * proposes changes to it rather than applying them (except to a shipped row the build itself took from Wikidata). A
 * WIKIDATA row came from Wikidata, which may change it again.
 */
public enum TenureOrigin {
    SHIPPED, API, WIKIDATA;

    /** Whether a Wikidata change that contradicts the row waits for an admin. */
    public boolean curated() {
        return this != WIKIDATA;
    }
}
