package io.factcheck.check;

import io.factcheck.knowledge.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Immutable in-memory knowledge the checker runs on: people, offices and who held which office when. */
public record KnowledgeSnapshot(List<Person> people, List<Office> offices, List<Tenure> tenures) {

    public KnowledgeSnapshot {
        people = List.copyOf(people);
        offices = List.copyOf(offices);
        tenures = List.copyOf(tenures);
    }

    public record Person(String id, String name, List<String> aliases) {
        public Person {
            Objects.requireNonNull(id, "person id");
            Objects.requireNonNull(name, "person name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * An office; {@code knownUntil} is the last day its holders are known (the data's as-of date), null when no
     * limit is known: past it the checker's verdicts hold only as of that day.
     */
    public record Office(String id, String title, String jurisdiction, List<String> adjectives, List<String> aliases,
                         LocalDate knownUntil) {
        public Office {
            Objects.requireNonNull(id, "office id");
            Objects.requireNonNull(title, "office title");
            jurisdiction = jurisdiction == null ? "" : jurisdiction;
            adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public Office(String id, String title, String jurisdiction, List<String> adjectives, List<String> aliases) {
            this(id, title, jurisdiction, adjectives, aliases, null);
        }
    }

    /**
     * One term of office: {@code start <= d < end}; {@code end} is exclusive (usually the successor's first day), null
     * while in office. {@code acting}: an acting or interim holder, who never makes the substantive holder wrong.
     */
    public record Tenure(String id, String personId, String officeId, LocalDate start, LocalDate end,
                         DatePrecision precision, String source, boolean acting) {
        public Tenure {
            Objects.requireNonNull(personId, "tenure person");
            Objects.requireNonNull(officeId, "tenure office");
            Objects.requireNonNull(start, "tenure start");
            precision = precision == null ? DatePrecision.DAY : precision;
        }

        public Tenure(String id, String personId, String officeId, LocalDate start, LocalDate end,
                      DatePrecision precision, String source) {
            this(id, personId, officeId, start, end, precision, source, false);
        }
    }
}
