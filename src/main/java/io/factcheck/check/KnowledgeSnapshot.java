package io.factcheck.check;

import java.time.LocalDate;
import java.util.List;

import io.factcheck.knowledge.DatePrecision;

/** Immutable in-memory knowledge the checker runs on. A tenure holds on d when start <= d < end (end null: in office). */
public record KnowledgeSnapshot(List<Person> people, List<Office> offices, List<Tenure> tenures) {
    public record Person(String id, String name, List<String> aliases) {}
    public record Office(String id, String title, String jurisdiction, List<String> adjectives, List<String> aliases) {}
    public record Tenure(String id, String personId, String officeId, LocalDate start, LocalDate end, DatePrecision precision, String source) {}
}
