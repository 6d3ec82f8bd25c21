package io.factcheck.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone the knowledge base knows, with the other names news uses for them. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** The shipped knowledge file's identifier; null for people added through the API or the Wikidata import. */
    public String key;

    public String name;
    /** A PostgreSQL text[]. */
    public List<String> aliases = new ArrayList<>();
    public String wikidataId;
    public String description;

    /** Name and aliases lower-cased, one a line: what {@code GET /people?q=} searches. Kept current on every write. */
    public String searchText;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void indexNames() {
        searchText = KnowledgeText.lower(name + "\n" + String.join("\n", aliases));
    }
}
