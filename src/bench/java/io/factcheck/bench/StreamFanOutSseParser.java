package io.factcheck.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.vertx.core.buffer.Buffer;

/**
 * Incremental parser of a text/event-stream body as the HTML spec defines it: lines end in CRLF, LF or CR (a CRLF may
 * be split across two chunks), ':' starts a comment, a field's value loses one leading space, several data lines join
 * with '\n', and a blank line dispatches the event. One instance per connection; not thread-safe (one event loop).
 */
final class StreamFanOutSseParser {

    interface Listener {
        void comment(String text, long receivedNanos);

        void event(String type, String id, String data, long receivedNanos);
    }

    private final Listener listener;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String type;
    private String lastId;
    private boolean afterCr;

    StreamFanOutSseParser(Listener listener) {
        this.listener = listener;
    }

    /** receivedNanos: when the chunk arrived, so an event's time is its last byte's, not the parser's. */
    void feed(Buffer chunk, long receivedNanos) {
        for (int i = 0, n = chunk.length(); i < n; i++) {
            byte b = chunk.getByte(i);
            if (b == '\n' && afterCr) {
                afterCr = false; // the LF of a CRLF: the line already ended at the CR
                continue;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                line(receivedNanos);
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    private void line(long receivedNanos) {
        if (line.size() == 0) {
            dispatch(receivedNanos);
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.charAt(0) == ':') {
            listener.comment(text.substring(1), receivedNanos);
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + (colon + 1 < text.length() && text.charAt(colon + 1) == ' ' ? 2 : 1));
        switch (field) {
            case "event" -> type = value;
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
            }
            default -> { } // retry: and unknown fields do not matter here
        }
    }

    private void dispatch(long receivedNanos) {
        if (hasData) {
            listener.event(type == null ? "message" : type, lastId, data.toString(), receivedNanos);
        }
        data.setLength(0);
        hasData = false;
        type = null;
    }
}
