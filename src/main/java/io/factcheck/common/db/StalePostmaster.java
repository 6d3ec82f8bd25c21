package io.factcheck.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * After the JVM is killed (SIGKILL), its embedded postmaster lives on and holds the data directory. Stop it so the
 * next start can take over; PostgreSQL's own WAL recovery makes that safe.
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(StalePostmaster::stop);
    }

    private static void stop(ProcessHandle postmaster) {
        LOG.warnf("A PostgreSQL server (pid %d) left by an earlier run still holds the data directory; stopping it",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: smart shutdown; its clients died with the old JVM
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (postmaster.isAlive()) {
            postmaster.destroyForcibly();
        }
    }
}
