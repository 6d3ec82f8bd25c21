package io.factcheck.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The top-level facts of a knowledge file (version, asOf, about) without its rows: streamed, the people, offices and
 * tenures arrays are skipped rather than read.
 */
public record KnowledgeFileHeader(String version, LocalDate asOf, String about) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The header of the file shipped in the jar. */
    public static KnowledgeFileHeader shipped() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(KnowledgeFile.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Knowledge file missing from the build: " + KnowledgeFile.RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable knowledge file " + KnowledgeFile.RESOURCE, e);
        }
    }

    static KnowledgeFileHeader read(InputStream json) throws IOException {
        String version = null;
        LocalDate asOf = null;
        String about = null;
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a knowledge file is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    switch (field) {
                        case "version" -> version = parser.getText();
                        case "asOf" -> asOf = date(parser.getText());
                        case "about" -> about = parser.getText();
                        default -> { }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new KnowledgeFileHeader(version, asOf, about);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
