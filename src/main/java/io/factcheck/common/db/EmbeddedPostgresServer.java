package io.factcheck.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven Central) in a data directory of our choosing. The served database is
 * durable; the test database trades durability for speed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "claims";
    public static final String USERNAME = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts (or restarts on an existing data directory) a server with fsync and synchronous commit on. The caller
     * stops it with {@link #close()} once nothing uses it any more: no shutdown hook races the service's own.
     */
    public static EmbeddedPostgresServer startDurable(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /** Starts a throw-away server for tests: same binaries and schema, no fsync. */
    public static EmbeddedPostgresServer startForTests(Path dataDirectory) {
        return start(dataDirectory, 0, false);
    }

    /** A test server on a fixed port, so that a test can stop it and start it again where clients expect it. */
    public static EmbeddedPostgresServer startForTests(Path dataDirectory, int port) {
        return start(dataDirectory, port, false);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfRunning(dataDirectory);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // initdb otherwise inherits the machine's locale, which may be POSIX (SQL_ASCII) on CI
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(!durable);
            if (!durable) {
                // Lets tests count the statements a request runs (support/StatementCounter); loading is all it costs.
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
            server.createDatabaseIfMissing();
            LOG.infof("Embedded PostgreSQL listening on localhost:%d, data directory %s (durable: %s)",
                    postgres.getPort(), dataDirectory.toAbsolutePath(), durable);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The Quarkus datasource properties that point at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.reactive.url", reactiveUrl(),
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", USERNAME);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
