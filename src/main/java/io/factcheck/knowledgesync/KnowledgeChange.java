package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import io.factcheck.knowledge.DatePrecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One change a run found. Tenure changes carry the dates before and after; a person or an office added or linked
 * names its row. Plain foreign keys (nulled when the row is deleted), as elsewhere in the knowledge.
 */
@Entity
@Table(name = "knowledge_change")
public class KnowledgeChange {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public UUID syncId;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Enumerated(EnumType.STRING)
    public ChangeStatus status;

    public UUID personId;
    public UUID officeId;
    public UUID tenureId;
    public String statementId;

    public LocalDate beforeStart;
    public LocalDate beforeEnd;
    @Enumerated(EnumType.STRING)
    public DatePrecision beforePrecision;

    public LocalDate afterStart;
    public LocalDate afterEnd;
    @Enumerated(EnumType.STRING)
    public DatePrecision afterPrecision;

    public String reason;

    public Instant decidedAt;
    public String decidedBy;
    public UUID reviewSyncId;

    @Version
    public long version;

    public Instant createdAt;

    /** Whether a proposal would set exactly these dates. */
    boolean proposes(LocalDate start, LocalDate end, DatePrecision precision) {
        return java.util.Objects.equals(afterStart, start) && java.util.Objects.equals(afterEnd, end)
                && afterPrecision == precision;
    }
}
