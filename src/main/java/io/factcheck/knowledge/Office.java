package io.factcheck.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public office: a title ("Prime Minister") in a jurisdiction ("Cambodia"), and how news names it. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** The shipped knowledge file's identifier; null for offices added through the API or the Wikidata import. */
    public String key;

    public String title;
    public String jurisdiction;
    /** Demonyms and abbreviations that stand for the jurisdiction before the title: "Cambodian", "U.S.". */
    public List<String> adjectives = new ArrayList<>();
    /** Full phrases that name the office on their own: "Cambodian PM", "premier of Cambodia". */
    public List<String> aliases = new ArrayList<>();
    public String wikidataId;
    /** The last day its holders are known (the knowledge's as-of date for it); null: no limit known. */
    public LocalDate knownUntil;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    /** "Prime Minister of Cambodia": see {@link OfficeName}. */
    public String name() {
        return OfficeName.of(title, jurisdiction, aliases);
    }

    /**
     * Whether a label (Wikidata's, say) names this office: its name, its title (when it has no jurisdiction) or one of
     * its aliases, ignoring case.
     */
    public boolean isNamed(String label) {
        return name().equalsIgnoreCase(label)
                || (jurisdiction == null && title.equalsIgnoreCase(label))
                || aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(label));
    }
}
