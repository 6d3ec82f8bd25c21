package io.factcheck.apikey;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issued API key: its name, role and the SHA-256 of its secret (the secret itself is never stored). */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String name;
    public String role;
    public byte[] keyHash;
    public Instant createdAt;
    public Instant lastUsedAt;
    public Instant revokedAt;
}
