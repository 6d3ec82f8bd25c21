package io.factcheck.common.problem;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.UriInfo;

/** Recognises a failure caused by the database being unreachable, however deeply it is wrapped. */
final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /** An outage fails every request; one log line per interval says so without flooding the log. */
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
    private static final AtomicLong unlogged = new AtomicLong();

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Deque<Throwable> toVisit = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        toVisit.push(failure);
        while (!toVisit.isEmpty()) {
            Throwable t = toVisit.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t.getCause() != null) {
                toVisit.push(t.getCause());
            }
            if (t instanceof CompositeException composite) {
                composite.getCauses().forEach(toVisit::push);
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        // Refused, reset or closed under a query (ConnectException is a SocketException).
        if (t instanceof SocketException || t instanceof ClosedChannelException
                || t instanceof ClosedConnectionException) {
            return true;
        }
        // A write to a connection the server has just closed: the pipelined read pool sends its statements without
        // taking the connection first, and Netty reports the dead socket as a bare IOException.
        if (t.getClass() == IOException.class && t.getMessage() != null
                && (t.getMessage().startsWith("Broken pipe") || t.getMessage().startsWith("Connection reset"))) {
            return true;
        }
        if (t instanceof PgException pg && pg.getSqlState() != null) {
            String state = pg.getSqlState();
            // 08: connection exception; 57P01-03: shutting down, crashed, starting up; 53300: too many connections
            return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
        }
        // The Vert.x pool's answer for a connection closed under a query; its class is internal, its message is not.
        String message = t.getMessage();
        return message != null && message.startsWith("Connection is not active");
    }

    static void log(UriInfo uriInfo, Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("Database unreachable, answering 503 (%s on %s; %d more since the last report)",
                    failure, uriInfo.getRequestUri().getRawPath(), unlogged.getAndSet(0));
        } else {
            unlogged.incrementAndGet();
        }
    }
}
