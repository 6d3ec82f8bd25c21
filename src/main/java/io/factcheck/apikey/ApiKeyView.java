package io.factcheck.apikey;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as listed: never its secret. lastUsedAt and revokedAt are null until the key is used / revoked. */
@Schema(name = "ApiKey")
public record ApiKeyView(UUID id, String name, String role, Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant lastUsedAt,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.role, key.createdAt, key.lastUsedAt, key.revokedAt);
    }
}
