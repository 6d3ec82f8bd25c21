package io.factcheck.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The Wikidata-format fixtures in src/test/resources/knowledge/, made up for tests: Ilse Marwick (Q900000001) and the
 * positions she held (Q900000002 to Q900000007). Each use gets its own item ids and names, so tests do not meet.
 */
final class WikidataFixture {

    static final String ENTITY_DATA = "knowledge/wikidata-entity-data.json";
    static final String SINGLE_ENTITY = "knowledge/wikidata-entity.json";

    private static final Pattern FIXTURE_ID = Pattern.compile("9000000(\\d\\d)");
    private static final AtomicLong BASES = new AtomicLong(1_000_000L + new Random().nextInt(8_000_000));

    final String tag = KnowledgeApi.unique();
    private final long base = BASES.incrementAndGet() * 100;

    /** "Q900000004" as this fixture use spells it. */
    String id(String fixtureId) {
        return "Q" + (base + Long.parseLong(fixtureId.substring(fixtureId.length() - 2)));
    }

    /** A place or person name as this fixture use spells it: "Westland" becomes "Westland-1a2b3c4d". */
    String name(String fixtureName) {
        return fixtureName.replace("Marwick", "Marwick-" + tag).replace("Northhaven", "Northhaven-" + tag)
                .replace("Eastmarch", "Eastmarch-" + tag).replace("Westland", "Westland-" + tag);
    }

    String json(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text = FIXTURE_ID.matcher(text).replaceAll(m -> String.valueOf(base + Long.parseLong(m.group(1))));
            return name(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
