package io.factcheck.knowledgebuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.KnowledgeFile;
import io.factcheck.knowledgebuild.Countries.Country;
import io.factcheck.knowledgebuild.Observation.Role;
import io.factcheck.knowledgebuild.Timelines.Term;

/**
 * The knowledge build: reads the public-domain data in shared/data (the CIA World Factbook's executive texts and a
 * Wikidata table of leaders) and the curated knowledge, and writes the shipped knowledge file and its report.
 * Deterministic: the same data gives byte-identical output. Run it with {@code ./mvnw -P knowledge-build
 * process-test-classes} (see src/docs/knowledge.md).
 */
public final class KnowledgeBuild {

    /** Holders are listed from this day on; earlier terms still running on it keep their real start. */
    static final LocalDate FROM = LocalDate.of(1990, 1, 1);

    record Output(String knowledgeJson, String report) {
    }

    private final Map<String, Country> countries;
    private final BuildReport report = new BuildReport();
    private final List<Observation> observations = new ArrayList<>();
    /** Offices several people hold at once (deputies, co-princes, captains regent, collective presidencies). */
    private final Set<String> pluralOffices = new HashSet<>();
    /** Other names of an office (by office key), from texts that named it differently. */
    private final Map<String, Set<String>> officeAliases = new HashMap<>();
    /** Snapshot days per country and part, for "no longer named" ends. */
    private final Map<String, TreeSet<LocalDate>> snapshots = new HashMap<>();
    private LocalDate asOf = FROM;
    private ExecutiveParser.Vocabulary vocabulary;

    private KnowledgeBuild(Map<String, Country> countries) {
        this.countries = countries;
    }

    /** Demonyms before a title are part of it ("French Co-Prince Jacques CHIRAC"), never a given name. */
    private ExecutiveParser.Vocabulary vocabulary() {
        Set<String> words = new HashSet<>();
        for (Country c : countries.values()) {
            for (String a : c.adjectives()) {
                if (!a.contains(" ")) {
                    words.add(a.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        words.add("episcopal");
        return new ExecutiveParser.Vocabulary(words);
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path curated = Path.of(args.length > 1 ? args[1] : "src/build/resources/knowledge/curated.json");
        Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/knowledge/knowledge.json");
        Path reportFile = Path.of(args.length > 3 ? args[3] : "src/docs/knowledge-build-report.md");
        Output output = build(data, curated);
        Files.writeString(out, output.knowledgeJson(), StandardCharsets.UTF_8);
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, output.report(), StandardCharsets.UTF_8);
        System.out.println("Knowledge written to " + out + ", report to " + reportFile);
    }

    /** Builds the knowledge file and its report from the data folder and the curated file. */
    public static Output build(Path data, Path curated) throws IOException {
        KnowledgeBuild build = new KnowledgeBuild(Countries.read(data.resolve("factbook/countries.json")));
        build.vocabulary = build.vocabulary();
        build.readWeekly(data.resolve("factbook/executive-weekly.jsonl"));
        build.readYearly(data.resolve("factbook/executive-yearly.jsonl"));
        WikidataLeaders.Result wikidata = WikidataLeaders.read(data.resolve("wikidata/leaders-history.csv"), FROM);
        wikidata.skipped().forEach(s -> build.report.unparsed("Wikidata table", s));
        Output output = build.assemble(wikidata, CuratedKnowledge.read(curated));
        // the service refuses a broken file at start-up: refuse to write one
        KnowledgeFile.read(new java.io.ByteArrayInputStream(output.knowledgeJson().getBytes(StandardCharsets.UTF_8)));
        return output;
    }

    // ---------------------------------------------------------------- reading the Factbook

    private void readWeekly(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(json.readTree(line));
        }
        asOf = weeklyAsOf(rows);
        for (JsonNode r : rows) {
            Country c = countries.get(r.path("gec").asText());
            LocalDate from = LocalDate.parse(r.path("firstSeen").asText());
            LocalDate to = LocalDate.parse(r.path("lastSeen").asText());
            if (c == null || !c.sovereign()) {
                continue;
            }
            if (from.isAfter(asOf)) {
                report.unparsed(c.name(), "weekly row first seen " + from + ", after the history's last snapshot "
                        + asOf + ": left out (" + r.path("source").asText() + ")");
                continue;
            }
            String source = r.path("source").asText();
            read(c, Role.HEAD_OF_STATE, text(r, "chiefOfState"), from, to, true, source);
            read(c, Role.HEAD_OF_GOVERNMENT, text(r, "headOfGovernment"), from, to, true, source);
        }
    }

    /**
     * The history's last snapshot: the latest day that at least half the entities' texts reach. A stray row dated
     * later (a snapshot of a few entities only) does not move it.
     */
    private static LocalDate weeklyAsOf(List<JsonNode> rows) {
        Map<String, LocalDate> last = new TreeMap<>();
        for (JsonNode r : rows) {
            LocalDate to = LocalDate.parse(r.path("lastSeen").asText());
            last.merge(r.path("gec").asText(), to, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<LocalDate> days = new ArrayList<>(last.values());
        days.sort(Comparator.naturalOrder());
        return days.get(days.size() / 2);
    }

    private void readYearly(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode r = json.readTree(line);
            Country c = countries.get(r.path("canonicalCode").asText(r.path("code").asText()));
            if (c == null || !c.sovereign()) {
                continue;
            }
            ExecutiveParser.Parts parts = ExecutiveParser.parts(r.path("text").asText(""));
            // An edition reflects the start of its year; its texts are evidence for that day only.
            LocalDate day = LocalDate.of(r.path("edition").asInt(), 1, 1);
            String source = r.path("source").asText();
            read(c, Role.HEAD_OF_STATE, parts.chiefOfState(), day, day, false, source);
            read(c, Role.HEAD_OF_GOVERNMENT, parts.headOfGovernment(), day, day, false, source);
        }
    }

    private static String text(JsonNode r, String field) {
        return r.path(field).isTextual() ? r.path(field).asText() : null;
    }

    private void read(Country c, Role role, String text, LocalDate from, LocalDate to, boolean weekly,
            String source) {
        if (text == null || text.isBlank()) {
            return;
        }
        snapshots.computeIfAbsent(c.gec() + "|" + role, k -> new TreeSet<>()).add(from);
        ExecutiveParser.Parsed parsed = ExecutiveParser.parse(text, vocabulary);
        String where = c.name();
        parsed.problems().forEach(p -> report.unparsed(where, p + " (" + source + ")"));
        boolean first = true;
        for (ExecutiveParser.Holder h : parsed.holders()) {
            boolean principal = first;
            first = false;
            List<String> titles = h.title() == null ? java.util.Collections.singletonList(null) : titles(h.title());
            for (String rawTitle : titles) {
                String title = rawTitle;
                boolean acting = h.acting();
                if (rawTitle != null) {
                    Titles.Canonical canonical = Titles.canonical(rawTitle);
                    if (canonical == null) {
                        report.unparsed(where, "title \"" + rawTitle + "\" of " + h.name().full()
                                + " is not an office title (cut short or a fragment); left out (" + source + ")");
                        continue;
                    }
                    title = canonical.title();
                    acting |= canonical.acting();
                }
                if (title != null && !Timelines.isHead(title) && !Timelines.isDeputy(title) && !principal) {
                    continue; // ministers, heirs, representatives: not offices of this knowledge
                }
                if (h.since() != null && h.since().isAfter(to.plusDays(400))) {
                    report.unparsed(where, "start " + h.since() + " of " + h.name().full()
                            + " after the text's own date (" + from + "); left out (" + source + ")");
                    continue;
                }
                LocalDate seenFrom = weekly ? from : max(from, h.since() == null ? from : h.since());
                LocalDate seenTo = weekly ? to : seenFrom;
                observations.add(new Observation(c.gec(), role, title, h.name(), h.since(), h.precision(),
                        h.until(), acting, principal, seenFrom, seenTo, weekly, source, text));
            }
        }
    }

    /** "Sultan and Prime Minister" → both offices; "Prime Minister, State Administration Council Chair" likewise. */
    private static List<String> titles(String title) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s+and\\s+|,\\s*").matcher(title);
        int from = 0;
        while (true) {
            boolean found = m.find();
            String part = title.substring(from, found ? m.start() : title.length()).trim();
            String previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean office = Timelines.isHead(part) || Timelines.isDeputy(part);
            if (previous != null && !office && previous.toLowerCase(java.util.Locale.ROOT).contains(" of ")) {
                // "Chairman of the State Law and Order Restoration Council" is one name, not two offices
                out.set(out.size() - 1, previous + " and " + part);
            } else if (!part.isEmpty()) {
                out.add(part);
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
        out.replaceAll(ExecutiveParser::cleanTitle);
        boolean anyOffice = out.stream().anyMatch(t -> Timelines.isHead(t) || Timelines.isDeputy(t));
        return anyOffice ? out.stream().filter(t -> Timelines.isHead(t) || Timelines.isDeputy(t)).toList()
                : List.of(ExecutiveParser.cleanTitle(title));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- assembling

    private Output assemble(WikidataLeaders.Result wikidata, CuratedKnowledge curated) {
        wikidata.guesses().forEach(g -> report.guess("Wikidata table", g));
        inheritMissingTitles();
        unifyPrincipalTitles();
        Map<Observation, String> personOf = personKeys();
        Map<String, List<Observation>> byOffice = new TreeMap<>();
        for (Observation o : observations) {
            byOffice.computeIfAbsent(officeKey(o), k -> new ArrayList<>()).add(o);
        }
        Map<String, Set<String>> qids = new HashMap<>(); // person key -> Wikidata ids matched with certainty
        Map<String, String> wikidataLabels = new HashMap<>();
        Map<String, List<Term>> terms = new TreeMap<>();
        Map<String, Role> principalOffice = principalOffices();
        for (var entry : byOffice.entrySet()) {
            String office = entry.getKey();
            List<Observation> obs = entry.getValue();
            Observation any = obs.get(0);
            String where = countries.get(any.country()).name() + ", " + any.title();
            boolean plural = isPlural(obs, personOf) || Timelines.isDeputy(any.title());
            if (plural) {
                pluralOffices.add(office);
            }
            List<LocalDate> days = new ArrayList<>(snapshots.getOrDefault(any.country() + "|" + any.role(),
                    new TreeSet<>()));
            List<Term> factbook = Timelines.build(office, obs, personOf, days, asOf, plural, new BuildReport(), where);
            if (principalOffice.containsKey(office)) {
                List<Observation> filled = wikidata(office, any, principalOffice.get(office), factbook, personOf,
                        wikidata.rows(), qids, wikidataLabels, where);
                obs = new ArrayList<>(obs);
                obs.addAll(filled);
            }
            terms.put(office, Timelines.build(office, obs, personOf, days, asOf, plural, report, where));
        }
        return write(terms, personOf, qids, wikidataLabels, curated);
    }

    /** A text without a title ("Taavi ROIVAS (since 26 March 2014)") takes the title its part usually has. */
    private void inheritMissingTitles() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Observation o : observations) {
            if (o.principal() && o.title() != null) {
                counts.computeIfAbsent(o.country() + "|" + o.role(), k -> new TreeMap<>()).merge(o.title(), 1,
                        Integer::sum);
            }
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o.title() != null) {
                continue;
            }
            Map<String, Integer> c = counts.get(o.country() + "|" + o.role());
            String where = countries.get(o.country()).name();
            if (c == null || !o.principal()) {
                report.unparsed(where, "no title for " + o.name().full() + " in \"" + Timelines.abbreviate(o.text())
                        + "\"; left out");
                observations.remove(i--);
                continue;
            }
            String title = c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            report.guess(where, "no title for " + o.name().full() + " (" + o.source() + "): taken as " + title
                    + ", the title this part of the text usually gives");
            observations.set(i, new Observation(o.country(), o.role(), title, o.name(), o.since(), o.precision(),
                    o.until(), o.acting(), o.principal(), o.seenFrom(), o.seenTo(), o.weekly(), o.source(),
                    o.text()));
        }
    }

    /**
     * One office per head of state or government under the names its texts gave it over the years: "Prime Minister"
     * and "President of the Government" of Spain are one office, named as the texts most often name it; the other names
     * become its aliases. Only names of the same kind are joined (a junta's chairman is not a prime minister).
     */
    private void unifyPrincipalTitles() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String own = withoutPlace(o.title(), countries.get(o.country()));
            if (!own.equals(o.title())) {
                o = withTitle(o, own);
                observations.set(i, o);
            }
            if (o.principal()) {
                counts.computeIfAbsent(o.country() + "|" + o.role(), k -> new TreeMap<>()).merge(o.title(), 1,
                        Integer::sum);
            }
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            Map<String, Integer> c = counts.get(o.country() + "|" + o.role());
            if (c == null) {
                continue;
            }
            String principal = c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            Set<String> kind = OfficeNames.kindOf(principal);
            if (!o.title().equals(principal) && kind != null && kind.contains(Names.fold(o.title()))) {
                String where = countries.get(o.country()).name();
                officeAliases.computeIfAbsent(o.country() + "|" + principal, k -> new TreeSet<>()).add(o.title());
                report.guess(where, "\"" + o.title() + "\" (" + o.name().full() + ", " + o.source()
                        + ") is the office usually named \"" + principal + "\": one office, the other name an alias");
                observations.set(i, withTitle(o, principal));
            }
        }
    }

    /** "President of the Government of Spain" → "President of the Government": the place is the office's jurisdiction. */
    private static String withoutPlace(String title, Country c) {
        if (title == null) {
            return null;
        }
        List<String> places = new ArrayList<>(c.otherNames());
        places.add(c.name());
        for (String place : places) {
            for (String suffix : List.of(" of the " + place, " of " + place)) {
                if (title.length() > suffix.length() && title.toLowerCase(java.util.Locale.ROOT)
                        .endsWith(suffix.toLowerCase(java.util.Locale.ROOT))) {
                    return title.substring(0, title.length() - suffix.length());
                }
            }
        }
        return title;
    }

    private static Observation withTitle(Observation o, String title) {
        return new Observation(o.country(), o.role(), title, o.name(), o.since(), o.precision(), o.until(),
                o.acting(), o.principal(), o.seenFrom(), o.seenTo(), o.weekly(), o.source(), o.text());
    }

    private static String officeKey(Observation o) {
        return o.country() + "|" + o.title();
    }

    /** The office each part's first holder usually holds: the one Wikidata's heads of state or government fill. */
    private Map<String, Role> principalOffices() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Observation o : observations) {
            if (o.principal()) {
                counts.computeIfAbsent(o.country() + "|" + o.role(), k -> new TreeMap<>()).merge(officeKey(o), 1,
                        Integer::sum);
            }
        }
        Map<String, Role> out = new HashMap<>();
        counts.forEach((part, c) -> {
            String office = c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            Role role = Role.valueOf(part.substring(part.indexOf('|') + 1));
            out.putIfAbsent(office, role);
        });
        return out;
    }

    /**
     * One key per person: the folded short form ("keir starmer"); within one office, sightings with the same surname
     * and start are one person written two ways ("Vladimir Vladimirovich PUTIN", "Vladimir PUTIN"), named as the
     * latest text names them.
     */
    private Map<Observation, String> personKeys() {
        Map<Observation, String> keys = new HashMap<>();
        Map<String, String> bySurnameAndStart = new HashMap<>();
        List<Observation> latestFirst = new ArrayList<>(observations);
        latestFirst.sort(Comparator.comparing(Observation::seenFrom).reversed()
                .thenComparing(o -> o.name().full()));
        for (Observation o : latestFirst) {
            String own = personKey(o.name());
            String key = own;
            if (o.since() != null) {
                // the same surname taking the same office in the same month is one person ("since April 2018",
                // "since 2 April 2018"), however the texts spell the given names
                String month = o.precision() == DatePrecision.YEAR ? String.valueOf(o.since().getYear())
                        : o.since().toString().substring(0, 7);
                String identity = officeKey(o) + "|" + Names.fold(o.name().surname()) + "|" + month;
                key = bySurnameAndStart.computeIfAbsent(identity, k -> own);
            }
            keys.put(o, key);
        }
        return keys;
    }

    /**
     * "keir starmer" for "Keir STARMER" and "Sir Keir STARMER" alike (given name and surname); the whole name when it
     * starts with its capitalised part ("SALMAN bin Hamad Al Khalifa" is not "SALMAN bin Abd al-Aziz Al Saud").
     */
    private static String personKey(Names.PersonName name) {
        return Names.fold(name.capitalised().get(0) ? name.full() : name.shortForm());
    }

    private static boolean isPlural(List<Observation> obs, Map<Observation, String> personOf) {
        Map<String, Set<String>> atOnce = new HashMap<>();
        for (Observation o : obs) {
            if (!o.acting() && o.weekly()) {
                atOnce.computeIfAbsent(o.seenFrom() + "|" + o.role(), k -> new HashSet<>()).add(personOf.get(o));
            }
        }
        // two spellings of one name in one text ("Andr s Manuel L PEZ OBRADOR" beside the proper one) are one holder
        return atOnce.values().stream().anyMatch(names -> names.stream().anyMatch(a -> names.stream()
                .anyMatch(b -> !a.equals(b) && !NameMatch.sameName(a, b))));
    }

    // ---------------------------------------------------------------- Wikidata: ids, cross-checks, gaps

    private List<Observation> wikidata(String office, Observation sample, Role role, List<Term> factbook,
            Map<Observation, String> personOf, List<WikidataLeaders.Row> rows, Map<String, Set<String>> qids,
            Map<String, String> labels, String where) {
        Country c = countries.get(sample.country());
        List<WikidataLeaders.Row> mine = rows.stream()
                .filter(r -> r.iso3().equals(c.iso3()) && r.role() == role).toList();
        Map<String, String> surnameOf = new HashMap<>();
        for (Observation o : observations) {
            if (officeKey(o).equals(office)) {
                surnameOf.putIfAbsent(personOf.get(o), Names.fold(o.name().surname()));
            }
        }
        Set<String> matchedQids = new HashSet<>();
        for (Term t : factbook) {
            String surname = surnameOf.get(t.personKey());
            Set<String> candidates = new TreeSet<>();
            WikidataLeaders.Row closest = null;
            for (WikidataLeaders.Row r : mine) {
                if (containsWords(Names.fold(r.label()), surname) && overlaps(r.start(), r.end(),
                        t.start().minusDays(60), t.lastSeen().plusDays(1))) {
                    candidates.add(r.qid());
                    if (closest == null || Math.abs(r.start().toEpochDay() - t.start().toEpochDay()) < Math
                            .abs(closest.start().toEpochDay() - t.start().toEpochDay())) {
                        closest = r;
                    }
                }
            }
            if (candidates.size() == 1) {
                qids.computeIfAbsent(t.personKey(), k -> new TreeSet<>()).addAll(candidates);
                labels.putIfAbsent(t.personKey(), closest.label());
                matchedQids.addAll(candidates);
                if (!closest.start().equals(t.start()) && t.precision() == DatePrecision.DAY
                        && closest.precision() == DatePrecision.DAY && !t.acting()) {
                    report.conflict(where, t.personKey() + ": the Factbook dates the start " + t.start()
                            + ", Wikidata " + closest.start() + " (" + closest.url() + "); the Factbook's date kept");
                }
            } else if (candidates.size() > 1) {
                report.guess(where, t.personKey() + ": several Wikidata ids fit (" + String.join(", ", candidates)
                        + "); none attached");
                matchedQids.addAll(candidates);
            }
        }
        List<Observation> filled = new ArrayList<>();
        List<WikidataLeaders.Row> accepted = new ArrayList<>();
        for (WikidataLeaders.Row r : mine) {
            if (matchedQids.contains(r.qid()) || r.start().isAfter(asOf)) {
                continue;
            }
            Term clash = null;
            for (Term t : factbook) {
                if (overlaps(r.start(), r.end(), t.start().plusDays(3), t.lastSeen().minusDays(3))
                        || overlaps(r.start(), r.end(), t.lastSeen(), t.lastSeen().plusDays(1))) {
                    clash = t;
                    break;
                }
            }
            if (clash != null) {
                if (r.end() == null || r.end().isAfter(FROM.plusYears(1))) {
                    report.conflict(where, "Wikidata has " + r.label() + " (" + r.url() + ") from " + r.start()
                            + " to " + (r.end() == null ? "open" : r.end()) + ", while the Factbook names "
                            + clash.personKey() + " (from " + clash.start() + ", last named " + clash.lastSeen()
                            + "); the Factbook kept, the Wikidata row left out");
                }
                continue;
            }
            WikidataLeaders.Row other = accepted.stream()
                    .filter(a -> !a.qid().equals(r.qid()) && overlaps(a.start(), a.end(), r.start().plusDays(1),
                            r.end() == null ? asOf : r.end().minusDays(1)))
                    .findFirst().orElse(null);
            if (other != null || r.end() == null) {
                report.conflict(where, "Wikidata row " + r.label() + " (" + r.url() + ", " + r.start() + " to "
                        + (r.end() == null ? "open" : r.end()) + ") is "
                        + (other == null ? "open-ended where the Factbook names nobody"
                                : "overlapped by " + other.label() + " (" + other.url() + ")")
                        + "; left out");
                continue;
            }
            accepted.add(r);
            String key = Names.fold(r.label());
            qids.computeIfAbsent(key, k -> new TreeSet<>()).add(r.qid());
            labels.putIfAbsent(key, r.label());
            report.filled(where, r.label() + " (" + r.url() + ") from " + r.start() + " to " + r.end() + " ("
                    + r.precision() + "); name as Wikidata labels it");
            // the table does not say who was acting: a stand-in of under a month is taken as one, so that they never
            // end the substantive holder's term (Thailand, July 2025)
            boolean acting = r.end().toEpochDay() - r.start().toEpochDay() < 31;
            if (acting) {
                report.guess(where, r.label() + " (" + r.url() + "), " + r.start() + " to " + r.end()
                        + ": under a month in office, taken as an acting holder");
            }
            Observation o = new Observation(sample.country(), sample.role(), sample.title(),
                    Names.PersonName.parse(r.label()), r.start(), r.precision(), r.end(), acting, true, r.start(),
                    r.start(), false, r.url(), "Wikidata row " + r.line());
            personOf.put(o, key);
            filled.add(o);
        }
        return filled;
    }

    /** Every word of the surname is in the label, spelled alike or a letter or two apart ("Zelenskyy", "Zelenski"). */
    private static boolean containsWords(String label, String surname) {
        if (surname == null || surname.isEmpty()) {
            return false;
        }
        List<String> words = List.of(label.split(" "));
        for (String w : surname.split(" ")) {
            if (words.stream().noneMatch(l -> l.equals(w) || NameMatch.close(l, w))) {
                return false;
            }
        }
        return true;
    }

    /** [s1, e1) overlaps [s2, e2]; a null end is open. */
    private static boolean overlaps(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
        if (e2.isBefore(s2)) {
            return false;
        }
        return s1.isBefore(e2.plusDays(1)) && (e1 == null || e1.isAfter(s2));
    }

    // ---------------------------------------------------------------- output

    private Output write(Map<String, List<Term>> termsByOffice, Map<Observation, String> personOf,
            Map<String, Set<String>> qids, Map<String, String> labels, CuratedKnowledge curated) {
        WorldFile world = new WorldFile(countries, asOf, report);
        Map<String, List<Observation>> sightings = new HashMap<>();
        personOf.forEach((o, k) -> sightings.computeIfAbsent(k, x -> new ArrayList<>()).add(o));
        // observation keys hash by enum identity: fix the order, so that two runs write the same file
        Comparator<Observation> order = Comparator.comparing(Observation::seenFrom).thenComparing(Observation::source)
                .thenComparing(o -> o.name().full()).thenComparing(o -> String.valueOf(o.title()))
                .thenComparing(o -> o.role().name());
        sightings.values().forEach(list -> list.sort(order));
        termsByOffice.forEach((office, terms) -> {
            if (terms.isEmpty()) {
                return;
            }
            Observation any = observations.stream().filter(o -> officeKey(o).equals(office)).findFirst()
                    .orElseThrow();
            world.office(office, any.country(), any.title(), Timelines.isDeputy(any.title()) ? "DEPUTY"
                    : any.role().name(), Timelines.isDeputy(any.title()) || Timelines.isCollective(any.title()),
                    officeAliases.getOrDefault(office, Set.of()));
            for (Term t : terms) {
                world.person(t.personKey(), sightings.get(t.personKey()), qids.get(t.personKey()),
                        labels.get(t.personKey()));
                world.tenure(t);
            }
        });
        return world.merge(curated).render();
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> List<T> sortedUnique(java.util.Collection<T> items, Comparator<T> order) {
        return items.stream().collect(Collectors.toCollection(() -> new TreeSet<>(order))).stream().toList();
    }

    static Map<String, Object> ordered() {
        return new LinkedHashMap<>();
    }

    static Set<String> orderedSet() {
        return new LinkedHashSet<>();
    }
}
