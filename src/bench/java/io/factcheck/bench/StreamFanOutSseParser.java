package io.factcheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    /** The current line's bytes so far (a line can span chunks); a plain array, not a synchronized stream. */
    private byte[] line = new byte[256];
    private int lineLength;
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
        byte[] bytes = chunk.getBytes();
        int from = 0;
        for (int i = 0, n = bytes.length; i < n; i++) {
            byte b = bytes[i];
            if (b != '\n' && b != '\r') {
                afterCr = false;
                continue;
            }
            if (b == '\n' && afterCr) {
                afterCr = false; // the LF of a CRLF: the line already ended at the CR
                from = i + 1;
                continue;
            }
            afterCr = b == '\r';
            append(bytes, from, i);
            line(receivedNanos);
            lineLength = 0;
            from = i + 1;
        }
        append(bytes, from, bytes.length);
    }

    private void append(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(bytes, from, line, lineLength, n);
        lineLength += n;
    }

    private void line(long receivedNanos) {
        if (lineLength == 0) {
            dispatch(receivedNanos);
            return;
        }
        String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
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
