package io.factcheck.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One continuous term of a person in an office. It holds on d when {@code startDate <= d < endDate}; a null end means
 * still in office. Plain foreign keys, as in Claim: tenures are always read with their person or office at hand.
 */
@Entity
@Table(name = "tenure")
public class Tenure {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** For rows from the shipped knowledge file: "person-key/office-key/start"; null otherwise. */
    public String key;

    public UUID personId;
    public UUID officeId;
    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public DatePrecision precision;

    /** An http(s) URL that supports the dates. */
    public String source;
    public String note;
    /** The Wikidata P39 statement this row was imported from or matched to ("Q22686$…"); null otherwise. */
    public String wikidataStatementId;

    /** Where the row came from: the shipped file, a hand edit through the API, or Wikidata. */
    @Enumerated(EnumType.STRING)
    public TenureOrigin origin = TenureOrigin.API;

    /** When its source last confirmed it: loaded, edited, imported, or found unchanged by a Wikidata sync. */
    public Instant confirmedAt;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
}
