package io.factcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.knowledge.DatePrecision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the shipped knowledge file format ({@code people}, {@code offices}, {@code tenures}; {@code key} is the id). */
public final class KnowledgeFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KnowledgeFile() {
    }

    public static KnowledgeSnapshot read(InputStream json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable knowledge file", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("knowledge file must be a JSON object");
        }
        List<KnowledgeSnapshot.Person> people = new ArrayList<>();
        for (JsonNode p : root.path("people")) {
            people.add(new KnowledgeSnapshot.Person(required(p, "key"), required(p, "name"), strings(p.path("aliases"))));
        }
        List<KnowledgeSnapshot.Office> offices = new ArrayList<>();
        for (JsonNode o : root.path("offices")) {
            offices.add(new KnowledgeSnapshot.Office(required(o, "key"), required(o, "title"), text(o, "jurisdiction"),
                    strings(o.path("adjectives")), strings(o.path("aliases"))));
        }
        Set<String> personIds = new HashSet<>();
        people.forEach(p -> personIds.add(p.id()));
        Set<String> officeIds = new HashSet<>();
        offices.forEach(o -> officeIds.add(o.id()));
        List<KnowledgeSnapshot.Tenure> tenures = new ArrayList<>();
        for (JsonNode t : root.path("tenures")) {
            String person = required(t, "person");
            String office = required(t, "office");
            // A dangling reference is a data error worth failing on: the checker would silently miss it otherwise.
            if (!personIds.contains(person) || !officeIds.contains(office)) {
                throw new IllegalArgumentException("tenure refers to unknown person or office: " + person + " / " + office);
            }
            String start = required(t, "start");
            String id = t.hasNonNull("key") ? t.get("key").asText() : person + "/" + office + "/" + start;
            tenures.add(new KnowledgeSnapshot.Tenure(id, person, office, date(start), date(text(t, "end")),
                    precision(text(t, "precision")), text(t, "source")));
        }
        return new KnowledgeSnapshot(people, offices, tenures);
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\" in " + node);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            }
        });
        return out;
    }

    /** Accepts YYYY, YYYY-MM or YYYY-MM-DD; coarse dates become their first day. */
    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() == 4) {
            return LocalDate.of(Integer.parseInt(v), 1, 1);
        }
        if (v.length() == 7) {
            return LocalDate.parse(v + "-01");
        }
        return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }

    private static DatePrecision precision(String value) {
        return value == null || value.isBlank() ? DatePrecision.DAY : DatePrecision.valueOf(value.trim().toUpperCase());
    }
}
