package io.factcheck.common.security;

/** The roles an API key carries: an admin may do all an editor may, and also change the knowledge base and keys. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
