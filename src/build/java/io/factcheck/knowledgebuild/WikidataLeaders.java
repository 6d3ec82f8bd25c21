package io.factcheck.knowledgebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.factcheck.knowledge.DatePrecision;

/** The Wikidata-derived table of heads of state and government, read and cleaned of its known defects. */
final class WikidataLeaders {

    record Row(int line, String iso3, Observation.Role role, String label, String qid, LocalDate start,
            DatePrecision precision, LocalDate end) {

        String url() {
            return "https://www.wikidata.org/wiki/" + qid;
        }
    }

    record Result(List<Row> rows, List<String> skipped, List<String> guesses) {
    }

    private WikidataLeaders() {
    }

    static Result read(Path csv, LocalDate from) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> guesses = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<java.util.Map<String, String>> it = mapper.readerFor(java.util.Map.class).with(schema)
                .readValues(Files.newBufferedReader(csv))) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                java.util.Map<String, String> r = it.next();
                String qid = r.getOrDefault("person_qid", "");
                String label = r.getOrDefault("person", "");
                String where = "leaders-history.csv line " + line + " (" + r.get("iso3") + ", " + label + ")";
                if (!qid.matches("Q\\d+") || label.isBlank() || label.contains("genid") || label.matches("Q\\d+")) {
                    skipped.add(where + ": no person id or label");
                    continue;
                }
                Observation.Role role = switch (r.getOrDefault("role", "")) {
                    case "head_of_state" -> Observation.Role.HEAD_OF_STATE;
                    case "head_of_government" -> Observation.Role.HEAD_OF_GOVERNMENT;
                    default -> null;
                };
                if (role == null) {
                    skipped.add(where + ": unknown role " + r.get("role"));
                    continue;
                }
                LocalDate start = day(r.get("start"));
                LocalDate end = day(r.get("end"));
                if (start == null) {
                    skipped.add(where + ": no start date");
                    continue;
                }
                if ((end != null && end.isBefore(from)) || start.getYear() < 1900) {
                    continue; // before the knowledge's period, or a pre-modern ruler: not an error
                }
                if (end != null && !end.isAfter(start)) {
                    skipped.add(where + ": end " + end + " not after start " + start);
                    continue;
                }
                if (!seen.add(r.get("iso3") + "|" + role + "|" + qid + "|" + start + "|" + end)) {
                    continue; // duplicated row
                }
                DatePrecision precision = DatePrecision.DAY;
                if (start.getDayOfYear() == 1 && (end == null || end.getDayOfYear() == 1)) {
                    precision = DatePrecision.YEAR;
                    guesses.add(where + ": start " + start + " on 1 January read as a year-precision date");
                }
                rows.add(new Row(line, r.get("iso3"), role, label.trim(), qid, start, precision, end));
            }
        }
        return new Result(rows, skipped, guesses);
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10 || value.contains("genid")) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
