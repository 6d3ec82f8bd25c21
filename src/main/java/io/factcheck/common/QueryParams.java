package io.factcheck.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.factcheck.common.problem.InvalidParameterException;

/**
 * Query parameters arrive as strings and are parsed here, so that a bad value is a 400 naming the parameter (JAX-RS
 * would answer 404 for an unconvertible query parameter).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "must be a UUID");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static PublishedAt publishedAt(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PublishedAt.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, PublishedAt.MESSAGE);
        }
    }

    public static Double unitInterval(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.trim());
            if (!(number >= 0 && number <= 1)) {
                throw new InvalidParameterException(name, "must be between 0 and 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number between 0 and 1");
        }
    }

    public static Integer positiveInt(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1 || number > max) {
                throw new InvalidParameterException(name, "must be between 1 and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number between 1 and " + max);
        }
    }

    /** Repeated or comma-separated enum values: {@code ?verdict=OUTDATED,INACCURATE} or {@code ?verdict=A&verdict=B}. */
    public static <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        List<E> parsed = new ArrayList<>();
        if (values == null) {
            return parsed;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
                }
            }
        }
        return parsed;
    }
}
