package io.factcheck.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.factcheck.common.db.EmbeddedPostgresServer;

/** The served database keeps its data directory across restarts and runs with fsync and synchronous commit on. */
class EmbeddedPostgresDurabilityTest {

    @Test
    void data_survives_stopping_and_starting_the_embedded_server() throws Exception {
        Path dataDirectory = Files.createTempDirectory("claims-durable");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startDurable(dataDirectory, 0);
                Connection connection = connect(server);
                Statement sql = connection.createStatement()) {
            assertThat(setting(sql, "fsync")).isEqualTo("on");
            assertThat(setting(sql, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(sql, "server_encoding")).isEqualTo("UTF8");
            sql.execute("create table kept (note text)");
            sql.execute("insert into kept values ('committed before the restart ✓')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startDurable(dataDirectory, 0);
                Connection connection = connect(server);
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the restart ✓");
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USERNAME, "");
    }

    private static String setting(Statement sql, String name) throws Exception {
        try (ResultSet rows = sql.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
