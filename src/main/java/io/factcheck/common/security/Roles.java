package io.factcheck.common.security;

/**
 * The roles an API key carries. Every role reads everything (drafts and unreviewed findings included); a reader writes
 * nothing; an editor writes articles, claims and reviews; an admin also changes the knowledge base and keys.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
