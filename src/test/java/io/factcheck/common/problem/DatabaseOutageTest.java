package io.factcheck.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Which failures mean "the database is not reachable" (503) rather than a bug (500), as the outage test met them. */
class DatabaseOutageTest {

    @Test
    void connection_failures_are_an_outage_however_they_are_wrapped() {
        assertThat(DatabaseOutage.causedBy(new ConnectException("Connection refused"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new HibernateException(new SocketException("Connection reset")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new HibernateException(ClosedConnectionException.INSTANCE))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CompositeException(new IllegalStateException("rollback failed"),
                new HibernateException(new RuntimeException("Connection is not active now, current status: CLOSED")))))
                .isTrue();
        // What the pipelined read pool gets when the server closed the connection under it
        assertThat(DatabaseOutage.causedBy(new IOException("Broken pipe"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IOException("Connection reset by peer"))).isTrue();
    }

    @Test
    void postgres_shutting_down_starting_up_or_full_is_an_outage() {
        assertThat(DatabaseOutage.causedBy(pg("57P01"))).as("admin shutdown").isTrue();
        assertThat(DatabaseOutage.causedBy(pg("57P03"))).as("starting up").isTrue();
        assertThat(DatabaseOutage.causedBy(pg("08006"))).as("connection failure").isTrue();
        assertThat(DatabaseOutage.causedBy(pg("53300"))).as("too many connections").isTrue();
    }

    @Test
    void other_database_errors_and_bugs_are_not() {
        assertThat(DatabaseOutage.causedBy(pg("23505"))).as("unique violation").isFalse();
        assertThat(DatabaseOutage.causedBy(pg("42P01"))).as("undefined table").isFalse();
        assertThat(DatabaseOutage.causedBy(new HibernateException(new NullPointerException()))).isFalse();
        assertThat(DatabaseOutage.causedBy(new CompositeException(new IllegalStateException("a"),
                new IllegalArgumentException("b")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IOException("Stream closed"))).as("other I/O").isFalse();
        assertThat(DatabaseOutage.causedBy(new java.io.FileNotFoundException("Broken pipe"))).as("a subclass")
                .isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("message", "ERROR", sqlState, null);
    }
}
