package io.factcheck.knowledgesync;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.WikidataTime;

/**
 * A SPARQL 1.1 Query Results JSON answer (application/sparql-results+json) to the holder query ({@link HolderQuery}):
 * {"head": {"vars": […]}, "results": {"bindings": [{var: {"type", "value", …}}, …]}}. Read strictly: broken or
 * truncated JSON, a document of another shape, a missing variable, or a date that cannot be fails the whole answer
 * (and with it the sync: a change set is applied whole or not at all). A statement that is merely unusable (no start,
 * a century precision, an end before its start) is kept with its problem, for the run's report.
 */
public record SparqlAnswer(List<String> vars, int bindings, List<HeldPosition> positions) {

    /** The variables the holder query selects; country and countryLabel are optional. */
    static final List<String> REQUIRED = List.of("person", "personLabel", "office", "officeLabel", "statement", "start",
            "startPrecision", "end", "endPrecision");
    private static final Pattern ITEM = Pattern.compile("https?://www\\.wikidata\\.org/entity/(Q[1-9]\\d*)");
    private static final Pattern STATEMENT = Pattern.compile(
            "https?://www\\.wikidata\\.org/entity/statement/(Q[1-9]\\d*)-([0-9A-Za-z-]+)");
    private static final Pattern DATE_TIME = Pattern.compile("([+-]?)(\\d{1,16})-(\\d{2})-(\\d{2})T.*");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public SparqlAnswer {
        vars = List.copyOf(vars);
        positions = List.copyOf(positions);
    }

    /** Parses an answer; throws {@link SparqlAnswerException} saying what is wrong. */
    public static SparqlAnswer parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonEOFException e) {
            throw new SparqlAnswerException(SparqlAnswerException.Kind.MALFORMED_JSON, "truncated JSON: the answer ends "
                    + "in the middle of the document (" + body.length + " bytes read)");
        } catch (JsonProcessingException e) {
            throw new SparqlAnswerException(SparqlAnswerException.Kind.MALFORMED_JSON, "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SparqlAnswerException(SparqlAnswerException.Kind.MALFORMED_JSON, "unreadable JSON: " + e.getMessage());
        }
        return parse(root);
    }

    static SparqlAnswer parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw notAnAnswer("the document is not a JSON object");
        }
        if (root.has("boolean")) {
            throw notAnAnswer("an ASK answer (\"boolean\"), not the rows of a SELECT query");
        }
        JsonNode head = root.get("head");
        JsonNode vars = head == null ? null : head.get("vars");
        if (vars == null || !vars.isArray()) {
            throw notAnAnswer("no head.vars array");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode var : vars) {
            if (!var.isTextual()) {
                throw notAnAnswer("head.vars holds a value that is not a variable name: " + var);
            }
            names.add(var.textValue());
        }
        List<String> missing = REQUIRED.stream().filter(v -> !names.contains(v)).toList();
        if (!missing.isEmpty()) {
            throw notAnAnswer("head.vars lacks " + String.join(", ", missing)
                    + ": run the holder query of src/docs/knowledge-sync.md, which selects them");
        }
        JsonNode results = root.get("results");
        JsonNode bindings = results == null ? null : results.get("bindings");
        if (bindings == null || !bindings.isArray()) {
            throw notAnAnswer("no results.bindings array");
        }
        Map<String, HeldPosition> byStatement = new LinkedHashMap<>();
        Set<String> conflicting = new HashSet<>();
        int index = 0;
        for (JsonNode binding : bindings) {
            HeldPosition position = position(binding, index++);
            HeldPosition seen = byStatement.putIfAbsent(position.statementId(), position);
            // the same statement twice: another country of the office (harmless), or several start or end dates
            if (seen != null && !seen.sameDates(position)) {
                conflicting.add(position.statementId());
            }
        }
        List<HeldPosition> positions = new ArrayList<>();
        for (HeldPosition position : byStatement.values()) {
            positions.add(conflicting.contains(position.statementId())
                    ? position.withProblem("several start or end dates (P580, P582) in one statement")
                    : position);
        }
        return new SparqlAnswer(names, bindings.size(), positions);
    }

    private static HeldPosition position(JsonNode binding, int index) {
        String where = "binding " + index;
        if (!binding.isObject()) {
            throw notAnAnswer(where + " is not an object of variable bindings");
        }
        String statementIri = iri(binding, "statement", where, true);
        Matcher statement = STATEMENT.matcher(statementIri);
        if (!statement.matches()) {
            throw notAnAnswer(where + ": statement " + statementIri + " is not a Wikidata statement IRI");
        }
        // the IRI writes the statement id "Q42$F078…" as "Q42-F078…"
        String statementId = statement.group(1) + "$" + statement.group(2);
        where = where + " (statement " + statementId + ")";
        String person = item(binding, "person", where);
        String office = item(binding, "office", where);
        String country = binding.has("country") ? itemOrNull(binding, "country", where) : null;
        HeldPosition position = new HeldPosition(statementId, person, label(binding, "personLabel", person, where),
                office, label(binding, "officeLabel", office, where), country,
                country == null ? null : label(binding, "countryLabel", country, where), null, null, null, null);
        Time start = time(binding, "start", "startPrecision", where);
        Time end = time(binding, "end", "endPrecision", where);
        if (start == null) {
            return position.withProblem("no known start time (P580)");
        }
        if (start.problem() != null) {
            return position.withProblem("start " + start.problem());
        }
        if (end != null && end.problem() != null) {
            return position.withProblem("end " + end.problem());
        }
        DatePrecision precision = end == null ? start.value().precision()
                : WikidataTime.coarser(start.value().precision(), end.value().precision());
        LocalDate from = firstDayAt(start.value().date(), precision);
        LocalDate until = end == null ? null : firstDayAt(end.value().date(), precision);
        HeldPosition dated = new HeldPosition(statementId, position.personId(), position.personLabel(), office,
                position.officeLabel(), country, position.countryLabel(), from, until, precision, null);
        if (until != null && !until.isAfter(from)) {
            return dated.withProblem("ends (" + until + ") before it starts (" + from + ")"
                    + (precision == DatePrecision.DAY ? "" : " at " + precision.name().toLowerCase() + " precision"));
        }
        return dated;
    }

    /** A time and its precision; null when the variable is unbound (no such qualifier). */
    private static Time time(JsonNode binding, String variable, String precisionVariable, String where) {
        String value = literal(binding, variable, where, false);
        String precisionText = literal(binding, precisionVariable, where, false);
        if (value == null && precisionText == null) {
            return null;
        }
        if (value == null || precisionText == null) {
            throw notAnAnswer(where + ": " + (value == null ? precisionVariable + " without " + variable
                    : variable + " without " + precisionVariable));
        }
        int precision;
        try {
            precision = Integer.parseInt(precisionText.trim());
        } catch (NumberFormatException e) {
            throw notAnAnswer(where + ": " + precisionVariable + " \"" + precisionText + "\" is not an integer");
        }
        if (precision < 0 || precision > 14) {
            throw notAnAnswer(where + ": " + precisionVariable + " " + precision
                    + " is not a wikibase:timePrecision (0 to 14)");
        }
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            throw impossible(where + ": " + variable + " \"" + value + "\" is not a date and time");
        }
        if (precision < WikidataTime.YEAR_PRECISION) {
            return new Time(null, value + " is known less precisely than to the year");
        }
        if (m.group(1).equals("-") || Long.parseLong(m.group(2)) == 0) {
            return new Time(null, value + " is before the common era");
        }
        try {
            return new Time(WikidataTime.parse(m.group(1).isEmpty() ? "+" + value : value, precision), null);
        } catch (IllegalArgumentException e) {
            throw impossible(where + ": " + variable + " \"" + value + "\" is not a calendar date");
        }
    }

    private record Time(WikidataTime value, String problem) {
    }

    private static LocalDate firstDayAt(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    private static String item(JsonNode binding, String variable, String where) {
        String id = itemOrNull(binding, variable, where);
        if (id == null) {
            throw notAnAnswer(where + ": " + variable + " is unbound");
        }
        return id;
    }

    private static String itemOrNull(JsonNode binding, String variable, String where) {
        String iri = iri(binding, variable, where, false);
        if (iri == null) {
            return null;
        }
        Matcher m = ITEM.matcher(iri);
        if (!m.matches()) {
            throw notAnAnswer(where + ": " + variable + " " + iri + " is not a Wikidata item IRI");
        }
        return m.group(1);
    }

    /** The label service answers an item without an English label with its id: that is no label. */
    private static String label(JsonNode binding, String variable, String id, String where) {
        String label = literal(binding, variable, where, false);
        if (label == null || label.isBlank() || label.equals(id)) {
            return null;
        }
        return label.strip();
    }

    private static String iri(JsonNode binding, String variable, String where, boolean required) {
        JsonNode term = term(binding, variable, where);
        if (term == null) {
            if (required) {
                throw notAnAnswer(where + ": " + variable + " is unbound");
            }
            return null;
        }
        if (!"uri".equals(term.get("type").textValue())) {
            throw notAnAnswer(where + ": " + variable + " is a " + term.get("type").textValue() + ", not an IRI");
        }
        return term.get("value").textValue();
    }

    private static String literal(JsonNode binding, String variable, String where, boolean required) {
        JsonNode term = term(binding, variable, where);
        if (term == null) {
            if (required) {
                throw notAnAnswer(where + ": " + variable + " is unbound");
            }
            return null;
        }
        String type = term.get("type").textValue();
        if (!"literal".equals(type) && !"typed-literal".equals(type)) {
            throw notAnAnswer(where + ": " + variable + " is a " + type + ", not a literal");
        }
        return term.get("value").textValue();
    }

    /** An RDF term as SPARQL JSON writes it: {"type": …, "value": …}; null when the variable is unbound. */
    private static JsonNode term(JsonNode binding, String variable, String where) {
        JsonNode term = binding.get(variable);
        if (term == null || term.isNull()) {
            return null;
        }
        if (!term.isObject() || !term.path("type").isTextual() || !term.path("value").isTextual()) {
            throw notAnAnswer(where + ": " + variable + " is not an RDF term ({\"type\": …, \"value\": …})");
        }
        return term;
    }

    private static SparqlAnswerException notAnAnswer(String message) {
        return new SparqlAnswerException(SparqlAnswerException.Kind.NOT_AN_ANSWER,
                "not a SPARQL 1.1 JSON answer of the holder query: " + message);
    }

    private static SparqlAnswerException impossible(String message) {
        return new SparqlAnswerException(SparqlAnswerException.Kind.IMPOSSIBLE_DATE, "impossible date in " + message);
    }
}
