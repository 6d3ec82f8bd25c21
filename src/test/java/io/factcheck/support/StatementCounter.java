package io.factcheck.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts the SQL statements the service runs on the test database while a request is served, as PostgreSQL itself
 * counts them: pg_stat_statements (preloaded on the test server by EmbeddedPostgresServer#startForTests), reset
 * before the request and read after its response. Only statements on the application's tables count; not BEGIN and
 * COMMIT, not this class's own queries (on its own JDBC connection), and not the claim-event listener's reads and
 * clean-up of claim_event, which run in the background whenever a write commits (requests only insert into it).
 * A statement is counted when it finishes: every statement of a request has finished before its response is sent
 * (a write's COMMIT included), so nothing here waits or depends on timing. Tests that count run one request at a time.
 */
public final class StatementCounter implements AutoCloseable {

    private static final Pattern APP_TABLES = Pattern.compile(
            "\\b(article|claim|review|person|office|tenure|api_key|idempotency_key|claim_event"
                    + "|canonical_claim|claim_link|claim_suggestion|external_factcheck)\\b",
            Pattern.CASE_INSENSITIVE);
    /** ClaimEventLog's queries (listener catch-up, notified ids, retention clean-up): never part of a request. */
    private static final Pattern EVENT_LISTENER = Pattern.compile("\\bfrom\\s+claim_event\\b", Pattern.CASE_INSENSITIVE);

    private final Connection connection;

    private StatementCounter(Connection connection) {
        this.connection = connection;
    }

    /** Connects to the test database (the datasource of the running application) and enables the extension there. */
    public static StatementCounter open() {
        Config config = ConfigProvider.getConfig();
        try {
            Connection connection = DriverManager.getConnection(
                    config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
            try (var statement = connection.createStatement()) {
                // Test-only: production databases need not have (or allow) the extension, so no migration creates it.
                statement.execute("create extension if not exists pg_stat_statements");
            }
            return new StatementCounter(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the test database to count statements", e);
        }
    }

    /** Runs the request (which must have completed when it returns) and answers the statements it ran. */
    public Statements count(Runnable request) {
        reset();
        request.run();
        return read();
    }

    private void reset() {
        try (var statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Statements read() {
        Map<String, Long> calls = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                select query, calls from pg_stat_statements
                where toplevel and dbid = (select oid from pg_database where datname = current_database())
                order by calls desc, query""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                String query = rows.getString(1).replaceAll("\\s+", " ").trim();
                if (APP_TABLES.matcher(query).find() && !EVENT_LISTENER.matcher(query).find()) {
                    calls.merge(query, rows.getLong(2), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Statements(calls);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements one request ran: normalised SQL text and how many times it ran. */
    public record Statements(Map<String, Long> calls) {

        public long total() {
            return calls.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Runs of the statements whose SQL starts with this (case-insensitively), e.g. "insert into claim ". */
        public long startingWith(String prefix) {
            return calls.entrySet().stream().filter(e -> e.getKey().regionMatches(true, 0, prefix, 0, prefix.length()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** For assertion messages: what ran, so a failure names the statement that repeats. */
        @Override
        public String toString() {
            return total() + " statement(s):" + calls.entrySet().stream()
                    .map(e -> "\n  " + e.getValue() + " × " + e.getKey()).collect(Collectors.joining());
        }
    }
}
