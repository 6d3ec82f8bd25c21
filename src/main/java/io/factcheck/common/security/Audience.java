package io.factcheck.common.security;

/**
 * Who a read is for. Anonymous callers see the PUBLIC: published articles and, in them, reviewed claims. Any API key
 * (reader, editor, admin) reads for the DESK: everything. Reads put {@link #articleCondition} and
 * {@link #claimCondition} into their WHERE clause, so paging, counts and ETags only ever see what the caller may see.
 */
public enum Audience {
    PUBLIC, DESK;

    /** An article state the public may read (SQL literal, as stored in article.state). */
    public static final String PUBLIC_ARTICLE_STATE = "PUBLISHED";
    /** A claim status the public may read: a checker finding is public only once a human reviewed it. */
    public static final String PUBLIC_CLAIM_STATUS = "REVIEWED";

    public boolean seesAll() {
        return this == DESK;
    }

    /** SQL: the article (by its alias) is one this audience may read; "true" for the desk. */
    public String articleCondition(String articleAlias) {
        return seesAll() ? "true" : articleAlias + ".state = '" + PUBLIC_ARTICLE_STATE + "'";
    }

    /**
     * SQL: the claim (by its alias) is one this audience may read; the public one needs its article, which the
     * condition looks up itself (an indexed primary-key probe), so a query need not join the article.
     */
    public String claimCondition(String claimAlias) {
        return seesAll() ? "true"
                : claimAlias + ".status = '" + PUBLIC_CLAIM_STATUS + "' and exists (select 1 from article pa where pa.id = "
                        + claimAlias + ".article_id and pa.state = '" + PUBLIC_ARTICLE_STATE + "')";
    }
}
