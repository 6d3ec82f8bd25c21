package io.factcheck.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.factcheck.check.KnowledgeSnapshot;

/**
 * The knowledge base shipped in the jar (knowledge/knowledge.json; its README.md gives the conventions). People and
 * offices carry a stable key; tenures have none, so a tenure is known by person key, office key and start.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnowledgeFile(String version, List<FilePerson> people, List<FileOffice> offices,
        List<FileTenure> tenures) {

    static final String RESOURCE = "knowledge/knowledge.json";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    public KnowledgeFile {
        people = people == null ? List.of() : List.copyOf(people);
        offices = offices == null ? List.of() : List.copyOf(offices);
        tenures = tenures == null ? List.of() : List.copyOf(tenures);
    }

    static KnowledgeFile fromClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Knowledge file missing from the build: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable knowledge file " + RESOURCE, e);
        }
    }

    /** Reads and validates a file in this format (the shipped one, or a test fixture). */
    public static KnowledgeFile read(InputStream json) {
        try {
            return JSON.readValue(json, KnowledgeFile.class).validated();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable knowledge file", e);
        }
    }

    /** The file as the checker's in-memory knowledge, with keys as ids (no database involved). */
    public KnowledgeSnapshot toSnapshot() {
        return new KnowledgeSnapshot(
                people.stream().map(p -> new KnowledgeSnapshot.Person(p.key(), p.name(), p.aliases())).toList(),
                offices.stream().map(o -> new KnowledgeSnapshot.Office(o.key(), o.title(), o.jurisdiction(),
                        o.adjectives(), o.aliases(), o.knownUntil())).toList(),
                tenures.stream().map(t -> new KnowledgeSnapshot.Tenure(t.key(), t.person(), t.office(), t.start(),
                        t.end(), t.precision(), t.source(), isActing(t.note()))).toList());
    }

    /**
     * Acting and interim terms are marked by their note, as the file's conventions say. Here rather than on the
     * entity, so that readers of the file (the benchmarks, the knowledge build) need no persistence classes.
     */
    public static boolean isActing(String note) {
        if (note == null) {
            return false;
        }
        String lower = note.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("acting") || lower.startsWith("interim");
    }

    /** The file is ours: a broken one stops the start-up rather than loading half a knowledge base. */
    KnowledgeFile validated() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("no version");
        }
        Set<String> personKeys = new HashSet<>();
        for (FilePerson p : people) {
            if (p.key() == null || p.name() == null || p.name().isBlank() || !personKeys.add(p.key())) {
                problems.add("person without a unique key and a name: " + p.key());
            }
        }
        Set<String> officeKeys = new HashSet<>();
        for (FileOffice o : offices) {
            if (o.key() == null || o.title() == null || o.title().isBlank() || !officeKeys.add(o.key())) {
                problems.add("office without a unique key and a title: " + o.key());
            }
        }
        Set<String> tenureKeys = new HashSet<>();
        for (FileTenure t : tenures) {
            if (!personKeys.contains(t.person()) || !officeKeys.contains(t.office())) {
                problems.add("tenure of an unknown person or office: " + t.key());
            } else if (t.start() == null || t.precision() == null || t.source() == null
                    || !t.source().matches("https?://\\S+")) {
                problems.add("tenure without start, precision or an http(s) source: " + t.key());
            } else if (!t.start().equals(TenureService.firstDayAt(t.start(), t.precision()))
                    || (t.end() != null && !t.end().equals(TenureService.firstDayAt(t.end(), t.precision())))) {
                problems.add("tenure dates finer than their precision (use the first day of the month or year): "
                        + t.key());
            } else if (t.end() != null && !t.end().isAfter(t.start())) {
                problems.add("tenure ending before it starts: " + t.key());
            } else if (!tenureKeys.add(t.key())) {
                problems.add("tenure listed twice: " + t.key());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid knowledge file " + version + ": " + String.join("; ", problems));
        }
        return this;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FilePerson(String key, String name, List<String> aliases, String wikidataId, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileOffice(String key, String title, String jurisdiction, List<String> adjectives,
            List<String> aliases, String wikidataId, LocalDate knownUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileTenure(String person, String office, LocalDate start, LocalDate end, DatePrecision precision,
            String source, String note) {

        /** The tenure's identity in the database: the file has no tenure keys of its own. */
        String key() {
            return person + "/" + office + "/" + start;
        }
    }
}
