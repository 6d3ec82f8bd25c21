package io.factcheck.bench;

/**
 * The SQL the service sends per request, captured from PostgreSQL's {@code log_statement=all}
 * with the seed corpus, verbatim (Hibernate's aliases included where Hibernate sends it), so both servers make PostgreSQL do the same work.
 * The reference sends the same statements, in the same order, with the same transactions.
 *
 * <table>
 * <caption>endpoint → statements</caption>
 * <tr><th>endpoint</th><th>statements, in order</th></tr>
 * <tr><td>GET /api/v1/claims/{id}</td><td>1. {@link #CLAIM_BY_ID} (none found: 404)</td></tr>
 * <tr><td>GET /api/v1/articles/{id}?include=claims</td><td>1. {@link #ARTICLE_BY_ID} (none: 404, nothing else)<br>
 * 2. {@link #CLAIMS_OF_ARTICLE}<br>
 * without include: statement 1 only</td></tr>
 * <tr><td>GET /api/v1/claims?q=term&amp;limit=20</td><td>1. {@link #search} (the claims, filters and page in one
 * statement)</td></tr>
 * <tr><td>GET /api/v1/articles/{id}/gate</td><td>1. {@link #GATE_CLAIMS} (the article left-joined to its claims;
 * no row: 404)</td></tr>
 * <tr><td>POST /api/v1/claims/{id}/reviews<br>(issued key, no Idempotency-Key)</td><td>1. {@link #API_KEY_TOUCH}
 * (autocommit; skipped for the bootstrap CLAIMS_ADMIN_KEY)<br>
 * 2. BEGIN<br>
 * 3. {@link #CLAIM_BY_ID} (none: ROLLBACK, 404)<br>
 * 4. {@link #INSERT_REVIEW}<br>
 * 5. {@link #UPDATE_CLAIM} (the changed columns only, optimistic version check)<br>
 * 6. {@link #INSERT_CLAIM_EVENT} (after Hibernate's flush: it carries the claim's new version)<br>
 * 7. COMMIT<br>
 * (then, asynchronously, every running service instance hears the NOTIFY and runs its event-log read,
 * {@code select e.id, … from claim_event e left join claim c … where e.id = any($1)}: not per request, and done by
 * the service's listener whichever server wrote the event, so the reference does not send it)</td></tr>
 * <tr><td>… with Idempotency-Key</td><td>1. {@link #API_KEY_TOUCH}, 2. BEGIN,
 * 3. {@link #IDEMPOTENCY_DELETE_OWN_EXPIRED}, 4. {@link #IDEMPOTENCY_DELETE_EXPIRED_BATCH},
 * 5. {@link #IDEMPOTENCY_CLAIM_KEY}; inserted: 6–9 as 3–6 above, 10. {@link #IDEMPOTENCY_STORE_RESPONSE};
 * not inserted (a retry): 6. {@link #IDEMPOTENCY_REPLAY}; then COMMIT</td></tr>
 * </table>
 */
final class ReferenceQueries {

    private ReferenceQueries() {
    }

    /** ClaimReads' column list (the annotation as text, which the service parses into the view). */
    static final String CLAIM_COLUMNS = "c.id, c.article_id, c.text, c.anchor_start, c.anchor_end, c.anchor_exact, "
            + "c.anchor_prefix, c.anchor_suffix, c.claimant, c.person, c.origin, c.status, c.verdict, c.confidence, "
            + "c.annotation::text as annotation, c.reviewed_at, c.version, c.created_at, c.updated_at";

    static final String CLAIM_BY_ID = "select " + CLAIM_COLUMNS + " from claim c where c.id = $1";

    static final String ARTICLE_BY_ID = "select id, url, title, publisher, author, language, published_at, "
            + "published_at_approximate, body, content_hash, version, created_at, updated_at from article where id = $1";

    static final String CLAIMS_OF_ARTICLE = "select " + CLAIM_COLUMNS
            + " from claim c where c.article_id = $1 order by c.anchor_start, c.id";

    static final String GATE_CLAIMS = "select c.id, c.version, c.verdict, c.confidence, c.status, "
            + "c.anchor_exact, c.anchor_start, c.anchor_end from article a left join claim c on c.article_id = a.id "
            + "where a.id = $1 order by c.anchor_start, c.id";

    static final String API_KEY_TOUCH = "update api_key set last_used_at = $2 where key_hash = $1 and revoked_at is null "
            + "returning key_hash, name, role";

    static final String INSERT_CLAIM_EVENT = "insert into claim_event (claim_id, article_id, type, verdict, confidence, "
            + "status, version) values ($1, $2, $3, cast($4 as text), cast($5 as double precision), $6, $7)";

    static final String INSERT_REVIEW = "insert into review (claim_id,confidence,correction,created_at,evidence,"
            + "reviewed_by,reviewer,summary,verdict,id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)";

    static final String UPDATE_CLAIM = "update claim set confidence=$1,reviewed_at=$2,status=$3,updated_at=$4,"
            + "verdict=$5,version=$6 where id=$7 and version=$8";

    static final String IDEMPOTENCY_DELETE_OWN_EXPIRED = "delete from idempotency_key where principal = $1 and key = $2 "
            + "and created_at < now() - interval '24 hours'";

    static final String IDEMPOTENCY_DELETE_EXPIRED_BATCH = "delete from idempotency_key where ctid in (select ctid from "
            + "idempotency_key where created_at < now() - interval '24 hours' limit 100 for update skip locked)";

    static final String IDEMPOTENCY_CLAIM_KEY = "insert into idempotency_key (principal, key, operation, request_hash) "
            + "values ($1, $2, $3, $4) on conflict do nothing";

    static final String IDEMPOTENCY_STORE_RESPONSE = "update idempotency_key set status = $1, location = $2, "
            + "response_body = $3 where principal = $4 and key = $5";

    static final String IDEMPOTENCY_REPLAY = "select operation, request_hash, status, location, response_body from "
            + "idempotency_key where principal = $1 and key = $2";

    /** Most ids one search page fetches: limit + 1 (the extra row says there is a next page). */
    static final int MAX_SEARCH_ROWS = 201;

    /**
     * The service's search statement (ClaimReads.search) for the filters the benchmark uses: {@code q} (optional) and a cursor; the limit is
     * written into the SQL as the service does (so each limit is its own prepared statement there too).
     */
    static String search(boolean withQuery, boolean withCursor, int limitPlusOne) {
        return SEARCH[(withQuery ? 2 : 0) + (withCursor ? 1 : 0)][limitPlusOne];
    }

    /** [q?, cursor?][limit + 1], built once so a request only looks its statement up. */
    private static final String[][] SEARCH = new String[4][MAX_SEARCH_ROWS + 1];

    static {
        for (int variant = 0; variant < 4; variant++) {
            for (int n = 2; n <= MAX_SEARCH_ROWS; n++) {
                SEARCH[variant][n] = buildSearch((variant & 2) != 0, (variant & 1) != 0, n);
            }
        }
    }

    private static String buildSearch(boolean withQuery, boolean withCursor, int limitPlusOne) {
        StringBuilder sql = new StringBuilder("select " + CLAIM_COLUMNS + " from claim c");
        int param = 1;
        if (withQuery) {
            sql.append(" where c.search @@ websearch_to_tsquery('english', $").append(param++).append(')');
        }
        if (withCursor) {
            sql.append(withQuery ? " and " : " where ").append("(c.created_at, c.id) < ($").append(param++)
                    .append(", $").append(param).append(')');
        }
        return sql.append(" order by c.created_at desc, c.id desc limit ").append(limitPlusOne).toString();
    }
}
