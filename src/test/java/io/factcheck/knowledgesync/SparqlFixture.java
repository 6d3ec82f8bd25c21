package io.factcheck.knowledgesync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The SPARQL answers in src/test/resources/knowledgesync/, written for these tests in the Query Service's own shape
 * (SPARQL 1.1 Query Results JSON as Blazegraph prints it), about a made-up Norrland: its Prime Minister (Q910000002),
 * President (Q910000003), the Speaker of its Parliament (Q910000004), and their holders (Q910000011 to Q910000015).
 * Each use gets its own item ids and names, so tests sharing the database do not meet.
 */
final class SparqlFixture {

    static final String HOLDERS = "knowledgesync/holders.json";
    static final String EMPTY = "knowledgesync/empty.json";
    static final String TRUNCATED = "knowledgesync/truncated.json";
    static final String TIMED_OUT_MID_ANSWER = "knowledgesync/timed-out-mid-answer.txt";
    static final String IMPOSSIBLE_DATE = "knowledgesync/impossible-date.json";

    private static final Pattern FIXTURE_ID = Pattern.compile("9100000(\\d\\d)");
    private static final Pattern NAMES = Pattern.compile("Norrland|Vellamo|Lindqvist|Aaltonen|Sund|Orsa");
    /** Far from the ids WikidataFixture uses (1e8 to 9e8), so the two never meet in the shared database. */
    private static final AtomicLong BASES = new AtomicLong(20_000_000L + new Random().nextInt(70_000_000));

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final long base = BASES.incrementAndGet() * 100;

    /** "Q910000002" as this fixture use spells it. */
    String id(String fixtureId) {
        return "Q" + (base + Long.parseLong(fixtureId.substring(fixtureId.length() - 2)));
    }

    /** A name as this fixture use spells it: "Prime Minister of Norrland" becomes "Prime Minister of Norrland1a2b3c4d". */
    String name(String fixtureName) {
        return NAMES.matcher(fixtureName).replaceAll(m -> m.group() + tag);
    }

    /** The statement id of a fixture statement: "Q910000011$7D0C…" as this fixture use spells it. */
    String statement(String fixtureId, String guid) {
        return id(fixtureId) + "$" + guid;
    }

    String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text = FIXTURE_ID.matcher(text).replaceAll(m -> String.valueOf(base + Long.parseLong(m.group(1))));
            return name(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String raw(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
