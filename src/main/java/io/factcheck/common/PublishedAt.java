package io.factcheck.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When a text was published, as its CMS said it: a date ({@code 2025-11-29}) or an ISO-8601 date-time with its offset
 * ({@code 2025-11-29T23:30:00-05:00}). Kept as sent and answered back the same way; {@link #localDate()} is the date
 * at the place of publication, which is the checker's reference date.
 */
@Schema(name = "PublishedAt", type = SchemaType.STRING, pattern = PublishedAt.PATTERN,
        description = "A date (YYYY-MM-DD) or an ISO-8601 date-time with offset; answered back as sent",
        examples = { "2025-11-29", "2025-11-29T23:30:00-05:00" })
public final class PublishedAt {

    /** A date, or a date-time with seconds (and fraction) optional and an offset required. */
    public static final String PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$";

    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(PATTERN);

    public static final String MESSAGE = "must be a date (YYYY-MM-DD) or an ISO-8601 date-time with offset "
            + "(2025-11-29T23:30:00-05:00)";

    /** since/until on articles and claims: a date compares publication dates, a date-time moments. */
    public static final String SINCE = "Published on or after: a date (the publication's local date is compared) or a "
            + "date-time with offset (the moment of publication is; a date alone counts from its start in UTC)";
    public static final String UNTIL = "Published on or before: a date or a date-time with offset, as for since";

    /** The local date of publication; never null. */
    private final LocalDate date;
    /** The date-time as sent, with its offset; null when a date was sent. */
    private final OffsetDateTime dateTime;

    /** A class, not a record: Jackson must build it from a string only, never from an object's fields. */
    private PublishedAt(LocalDate date, OffsetDateTime dateTime) {
        this.date = date;
        this.dateTime = dateTime;
    }

    public static PublishedAt of(LocalDate date) {
        return date == null ? null : new PublishedAt(date, null);
    }

    public static PublishedAt of(OffsetDateTime dateTime) {
        return new PublishedAt(dateTime.toLocalDate(), dateTime);
    }

    /** As stored: the local date, and for a date-time its instant and offset (null offset: a date was sent). */
    public static PublishedAt of(LocalDate date, Instant instant, Integer offsetSeconds) {
        if (date == null) {
            return null;
        }
        return offsetSeconds == null || instant == null ? of(date)
                : of(OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }

    /** Parses what a client sent; an IllegalArgumentException says what is wrong. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PublishedAt parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        // java.time also reads "+10000-01-01", which the contract (and every client's date parser) does not
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(MESSAGE);
        }
        try {
            return value.indexOf('T') < 0 ? of(LocalDate.parse(value)) : of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(MESSAGE);
        }
    }

    /** The date at the place of publication: the checker judges titles at this date. */
    public LocalDate localDate() {
        return date;
    }

    /** The moment of publication; a date alone counts from its start, in UTC. */
    public Instant instant() {
        return dateTime != null ? dateTime.toInstant() : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The offset sent with a date-time, in seconds; null when a date was sent. */
    public Integer offsetSeconds() {
        return dateTime != null ? dateTime.getOffset().getTotalSeconds() : null;
    }

    public boolean hasTime() {
        return dateTime != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedAt that && date.equals(that.date)
                && java.util.Objects.equals(dateTime, that.dateTime);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + java.util.Objects.hashCode(dateTime);
    }

    /** Seconds always written (OffsetDateTime.toString drops ":00"); a UTC offset is written Z. */
    @JsonValue
    @Override
    public String toString() {
        return dateTime != null ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime) : date.toString();
    }
}
