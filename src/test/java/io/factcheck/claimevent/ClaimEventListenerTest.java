package io.factcheck.claimevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.EventStream.Event;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The cross-instance path: another instance is simulated by a plain JDBC connection that commits an event row (whose
 * trigger NOTIFYs) as the other instance's ClaimEvents would.
 */
@QuarkusTest
class ClaimEventListenerTest {

    private static final String BODY = "The minister said the bridge opened in 2019. Critics said the bridge opened late.";

    @Test
    void an_event_committed_by_another_instance_reaches_this_instances_subscribers() throws SQLException {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "the bridge opened late");
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId);
                Connection other = connect()) {
            other.setAutoCommit(false);
            insertChangedEvent(other, claimId);
            other.commit();

            Event changed = stream.next();
            assertThat(changed.name()).isEqualTo("claim.changed");
            JsonPath data = JsonPath.from(changed.data());
            assertThat(data.getString("claimId")).isEqualTo(claimId);
            assertThat(data.getString("articleId")).isEqualTo(articleId);
            assertThat(data.getString("status")).isEqualTo("PENDING");
        }
    }

    @Test
    void after_its_connection_is_killed_the_listener_reconnects_and_delivers_what_was_committed_meanwhile()
            throws SQLException {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "the bridge opened late");
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId);
                Connection other = connect()) {
            int listener = awaitListener(other, -1);
            other.setAutoCommit(false);
            insertChangedEvent(other, claimId);
            // Terminated (and waited for) before the commit: the NOTIFY cannot reach the old connection, and the new
            // one (it reconnects after 100 ms) LISTENs after the commit, so only the catch-up by id can deliver it.
            try (PreparedStatement kill = other.prepareStatement("select pg_terminate_backend(?, 5000)")) {
                kill.setInt(1, listener);
                try (ResultSet killed = kill.executeQuery()) {
                    assertThat(killed.next() && killed.getBoolean(1)).as("listener terminated").isTrue();
                }
            }
            other.commit();
            other.setAutoCommit(true);

            Event changed = stream.next();
            assertThat(changed.name()).isEqualTo("claim.changed");
            assertThat(JsonPath.from(changed.data()).getString("claimId")).isEqualTo(claimId);
            assertThat(awaitListener(other, listener)).isNotEqualTo(listener);

            // And the new connection hears live notifications again.
            String second = Api.createClaim(articleId, "the bridge opened in 2019");
            Event created = stream.next();
            assertThat(created.name()).isEqualTo("claim.created");
            assertThat(JsonPath.from(created.data()).getString("claimId")).isEqualTo(second);
        }
    }

    private static void insertChangedEvent(Connection connection, String claimId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into claim_event (claim_id, article_id, type, verdict, confidence, status, version)
                select id, article_id, 'claim.changed', verdict, confidence, status, version from claim where id = ?
                """)) {
            insert.setObject(1, UUID.fromString(claimId));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    /** The pid of this instance's LISTEN connection other than {@code except}, waiting up to the usual bound. */
    private static int awaitListener(Connection connection, int except) throws SQLException {
        long deadline = System.nanoTime() + EventStream.WAIT.toNanos();
        try (PreparedStatement find = connection.prepareStatement(
                "select pid from pg_stat_activity where application_name = ? and pid <> ?")) {
            find.setString(1, ClaimEventFeed.LISTENER_NAME);
            find.setInt(2, except);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
                sleepBriefly();
            }
        }
        return fail("No listener connection within " + EventStream.WAIT);
    }

    /** Between polls of pg_stat_activity (a polling interval, not a wait for an outcome). */
    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}
