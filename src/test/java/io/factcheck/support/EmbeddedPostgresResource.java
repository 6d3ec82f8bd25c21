package io.factcheck.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** One real PostgreSQL server for the whole test run, in a fresh temporary data directory. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgresServer.startForTests(Files.createTempDirectory("claims-test-pg"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return server.datasourceProperties();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
