package io.factcheck.knowledgebuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.KnowledgeFile;
import io.factcheck.knowledgebuild.Countries.Country;
import io.factcheck.knowledgebuild.Timelines.Term;

/** The knowledge being written: offices, people and tenures keyed by stable keys, merged with the curated file. */
final class WorldFile {

    private static final Pattern NEEDS_ARTICLE = Pattern.compile(
            "(?i)^(united|republic|democratic|central african|dominican republic|gambia|bahamas|philippines|"
                    + "netherlands|maldives|comoros|solomon|marshall|seychelles|holy see|czech republic)\\b.*");

    record Office(String key, String title, String jurisdiction, List<String> adjectives, List<String> aliases,
            String wikidataId, LocalDate knownUntil, String role, String country) {
    }

    record Person(String key, String name, List<String> aliases, String wikidataId) {
    }

    record Tenure(String person, String office, LocalDate start, LocalDate end, DatePrecision precision,
            String source, String note) {
    }

    private final Map<String, Country> countries;
    private final LocalDate asOf;
    private final BuildReport report;
    private final Map<String, Office> offices = new TreeMap<>();
    private final Map<String, String> officeKeys = new HashMap<>(); // build office id -> key
    private final Map<String, Person> people = new TreeMap<>();
    private final Map<String, String> personKeys = new HashMap<>(); // build person id -> key
    private final List<Tenure> tenures = new ArrayList<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final Set<String> pluralOffices = new java.util.HashSet<>();
    private final Set<String> curatedOffices = new java.util.HashSet<>();

    WorldFile(Map<String, Country> countries, LocalDate asOf, BuildReport report) {
        this.countries = countries;
        this.asOf = asOf;
        this.report = report;
    }

    void office(String id, String gec, String title, String role, boolean plural, Set<String> otherTitles) {
        Country c = countries.get(gec);
        String name = officeName(title, c.name());
        String key = Names.slug(name);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        Set<String> titles = new LinkedHashSet<>();
        titles.add(title);
        titles.addAll(otherTitles);
        if (OfficeNames.newsCallsItPrimeMinister(title)) {
            titles.add("Prime Minister");
        }
        for (String t : titles) {
            if (!name.equals(t + " of " + c.name())) {
                aliases.add(officeName(t, c.name()));
            }
            for (String adjective : c.adjectives()) {
                aliases.add(adjective + " " + t);
            }
            for (String other : c.otherNames()) {
                // long names read with "the": "the Kingdom of Spain", "the Italian Republic"
                aliases.add(t + " of " + (other.contains(" ") || NEEDS_ARTICLE.matcher(other).matches() ? "the " : "")
                        + other);
            }
        }
        if (plural) {
            pluralOffices.add(key);
        }
        List<String> adjectives = new ArrayList<>(c.adjectives());
        adjectives.addAll(c.otherNames());
        officeKeys.put(id, key);
        offices.put(key, new Office(key, title, c.name(), List.copyOf(new LinkedHashSet<>(adjectives)),
                List.copyOf(aliases), null, asOf, role, gec));
    }

    private static String officeName(String title, String place) {
        if (Names.fold(title).contains(Names.fold(place)) || title.toLowerCase(Locale.ROOT).contains("swiss")) {
            return title;
        }
        return title + " of " + (NEEDS_ARTICLE.matcher(place).matches() ? "the " : "") + place;
    }

    void person(String id, List<Observation> sightings, Set<String> qids, String label) {
        if (personKeys.containsKey(id)) {
            return;
        }
        Observation latest = sightings.stream().max(Comparator.comparing(Observation::seenFrom)
                .thenComparing(o -> o.name().full())).orElseThrow();
        Names.PersonName pn = latest.name();
        Set<String> forms = new LinkedHashSet<>();
        boolean factbook = sightings.stream().anyMatch(o -> !o.source().contains("wikidata.org"));
        for (Observation o : sightings) {
            if (!o.source().contains("wikidata.org")) {
                forms.addAll(o.name().forms());
                String surname = o.name().surnameWithRegnal();
                if (!o.name().allCapitalised() || Names.isRoman(o.name().tokens().get(o.name().tokens().size() - 1))) {
                    forms.add(surname);
                    forms.add(Names.plain(surname));
                    forms.add(o.name().surname());
                }
            }
        }
        String name = factbook ? pn.full() : label;
        if (label != null && !label.contains(",") && !label.contains("(")) {
            String foldedLabel = Names.fold(label);
            boolean sameName = forms.stream().anyMatch(f -> Names.fold(f).equals(foldedLabel));
            boolean hasSurname = new java.util.HashSet<>(List.of(foldedLabel.split(" "))).containsAll(List.of(Names.fold(pn.surname()).split(" ")));
            if (sameName || (!factbook && hasSurname)) {
                name = label; // Wikidata's spelling keeps the diacritics the Factbook often drops
                forms.add(label);
                forms.add(Names.plain(label));
            }
        }
        String qid = qids != null && qids.size() == 1 ? qids.iterator().next() : null;
        // the surname as the chosen name spells it: "Piñera" when the Factbook wrote "PINERA"
        String[] nameTokens = name.split(" ");
        int surnameLength = pn.surname().split(" ").length;
        if (nameTokens.length > surnameLength) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(nameTokens, nameTokens.length - surnameLength,
                    nameTokens.length));
            if (Names.fold(tail).equals(Names.fold(pn.surname())) && forms.contains(Names.plain(tail))) {
                forms.add(tail);
            }
        }
        for (Observation o : sightings) {
            // "Sheikh HASINA", "Sheikh TAMIM bin Hamad Al Thani": news keeps the honorific with the name
            String first = o.name().tokens().get(0);
            if (java.util.regex.Pattern.compile("(?i)\\b(sheikh|shaykh)\\s+" + java.util.regex.Pattern.quote(first)
                    + "\\b").matcher(o.text()).find()) {
                forms.add("Sheikh " + name);
            }
        }
        if (qid != null && label != null && !label.contains(",") && !label.contains("(") && !label.contains("/")
                && label.chars().allMatch(ch -> ch < 0x250 || Character.isSpaceChar(ch))) {
            forms.add(label); // Wikidata's label of the same person (matched with certainty): another spelling news uses
        }
        forms.addAll(Surnames.newsForms(forms, name));
        forms.addAll(Transliterations.variants(forms, name));
        forms.remove(name);
        String key = Names.slug(name);
        if (qids != null && qids.size() > 1) {
            report.conflict("People", name + ": several Wikidata ids matched (" + String.join(", ", qids)
                    + "); none attached");
        }
        if (people.containsKey(key)) {
            key = key + "-" + (qid != null ? qid.toLowerCase(Locale.ROOT) : Integer.toString(people.size()));
            report.guess("People", name + ": another person has the same name; key " + key);
        }
        personKeys.put(id, key);
        people.put(key, new Person(key, name, List.copyOf(forms), qid));
    }

    void tenure(Term t) {
        if (t.end() != null && !t.end().isAfter(KnowledgeBuild.FROM)) {
            return;
        }
        tenures.add(new Tenure(personKeys.get(t.personKey()), officeKeys.get(t.officeKey()), t.start(), t.end(),
                t.precision(), t.source(), t.note()));
    }

    /** Curated offices replace the build's office of the same title and place, tenures and all; curated people likewise. */
    WorldFile merge(CuratedKnowledge curated) {
        KnowledgeFile file = curated.file();
        Map<String, String> officeRename = new HashMap<>();
        for (KnowledgeFile.FileOffice co : file.offices()) {
            Office match = offices.values().stream().filter(o -> samePlace(o, co)
                    && Names.fold(o.title()).equals(Names.fold(co.title()))).findFirst().orElse(null);
            List<String> adjectives = new ArrayList<>(co.adjectives());
            List<String> aliases = new ArrayList<>(co.aliases());
            String role = null;
            String gec = null;
            if (match != null) {
                officeRename.put(match.key(), co.key());
                offices.remove(match.key());
                match.adjectives().stream().filter(a -> !adjectives.contains(a)).forEach(adjectives::add);
                match.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                role = match.role();
                gec = match.country();
                report.curated(co.jurisdiction() + ", " + co.title(), "the curated office " + co.key()
                        + " and its tenures replace the build's " + match.key());
            }
            curatedOffices.add(co.key());
            offices.put(co.key(), new Office(co.key(), co.title(), co.jurisdiction(), List.copyOf(adjectives),
                    List.copyOf(aliases), co.wikidataId(), curated.asOf(), role, gec));
        }
        // the build's tenures of a curated office are the curated file's: report what the build saw differently
        Map<String, String> curatedNames = new HashMap<>();
        file.people().forEach(p -> curatedNames.put(p.key(), p.name()));
        List<Tenure> kept = new ArrayList<>();
        for (Tenure t : tenures) {
            String renamed = officeRename.get(t.office());
            if (renamed == null) {
                kept.add(t);
                continue;
            }
            Person p = people.get(t.person());
            boolean agrees = file.tenures().stream().anyMatch(ct -> ct.office().equals(renamed)
                    && samePerson(p, curatedPerson(file, ct.person())) && ct.start().equals(t.start()));
            if (!agrees) {
                report.curated(renamed, "the build had " + p.name() + " from " + t.start() + " to "
                        + (t.end() == null ? "open" : t.end()) + " (" + t.precision() + ", " + t.source()
                        + "); the curated tenures kept");
            }
        }
        tenures.clear();
        tenures.addAll(kept);
        Map<String, String> personRename = new HashMap<>();
        for (KnowledgeFile.FilePerson cp : file.people()) {
            Person match = people.values().stream().filter(p -> samePerson(p, cp)).findFirst().orElse(null);
            List<String> aliases = new ArrayList<>(cp.aliases());
            String qid = cp.wikidataId();
            if (match != null) {
                people.remove(match.key());
                personRename.put(match.key(), cp.key());
                // only full names join a curated person: its bare-surname aliases were chosen by hand
                match.aliases().stream().filter(a -> a.contains(" ") && !aliases.contains(a)
                        && !a.equals(cp.name())).forEach(aliases::add);
                qid = qid != null ? qid : match.wikidataId();
                if (!match.key().equals(cp.key())) {
                    report.curated("People", "the curated person " + cp.key() + " is the build's " + match.key());
                }
            }
            people.put(cp.key(), new Person(cp.key(), cp.name(), List.copyOf(aliases), qid));
            descriptions.put(cp.key(), cp.description());
        }
        List<Tenure> renamed = new ArrayList<>();
        for (Tenure t : tenures) {
            renamed.add(new Tenure(personRename.getOrDefault(t.person(), t.person()), t.office(), t.start(), t.end(),
                    t.precision(), t.source(), t.note()));
        }
        for (KnowledgeFile.FileTenure ct : file.tenures()) {
            renamed.add(new Tenure(ct.person(), ct.office(), ct.start(), ct.end(), ct.precision(), ct.source(),
                    ct.note()));
        }
        tenures.clear();
        tenures.addAll(renamed);
        // people whose every term was in a curated office are the curated file's to list
        Set<String> holding = new java.util.HashSet<>();
        tenures.forEach(t -> holding.add(t.person()));
        file.people().forEach(p -> holding.add(p.key()));
        people.keySet().removeIf(k -> !holding.contains(k));
        return this;
    }

    private static KnowledgeFile.FilePerson curatedPerson(KnowledgeFile file, String key) {
        return file.people().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    private static boolean samePerson(Person p, KnowledgeFile.FilePerson cp) {
        if (p == null || cp == null) {
            return false;
        }
        if (p.wikidataId() != null && p.wikidataId().equals(cp.wikidataId())) {
            return true;
        }
        Set<String> curatedNames = new java.util.HashSet<>();
        curatedNames.add(Names.fold(cp.name()));
        cp.aliases().stream().filter(a -> a.contains(" ")).forEach(a -> curatedNames.add(Names.fold(a)));
        if (curatedNames.contains(Names.fold(p.name()))) {
            return true;
        }
        return p.aliases().stream().filter(a -> a.contains(" ")).anyMatch(a -> curatedNames.contains(Names.fold(a)));
    }

    private boolean samePlace(Office o, KnowledgeFile.FileOffice co) {
        String place = Names.fold(co.jurisdiction() == null ? "" : co.jurisdiction());
        if (Names.fold(o.jurisdiction()).equals(place)) {
            return true;
        }
        Set<String> curated = new java.util.HashSet<>();
        co.adjectives().forEach(a -> curated.add(Names.fold(a)));
        return o.adjectives().stream().anyMatch(a -> curated.contains(Names.fold(a)) && !a.matches("\\p{Lu}{2,3}"))
                && !place.isEmpty();
    }

    // ---------------------------------------------------------------- rendering

    KnowledgeBuild.Output render() {
        mergeSameWikidataId();
        new Consolidation(people, tenures, pluralOffices, curatedOffices, report).run();
        // two stretches that start on the same day at their precision are one term: keep the longer
        Map<String, Tenure> byKey = new TreeMap<>();
        for (Tenure t : tenures) {
            String key = t.person() + "/" + t.office() + "/" + t.start();
            Tenure other = byKey.get(key);
            if (other == null) {
                byKey.put(key, t);
                continue;
            }
            Tenure longer = other.end() == null || (t.end() != null && !t.end().isAfter(other.end())) ? other : t;
            byKey.put(key, longer);
            report.guess(t.office(), t.person() + ": two terms from " + t.start() + " (to " + t.end() + " and to "
                    + other.end() + ") kept as one, to " + longer.end());
        }
        tenures.clear();
        tenures.addAll(byKey.values());
        tenures.sort(Comparator.comparing(Tenure::office).thenComparing(Tenure::start).thenComparing(Tenure::person));
        Map<String, List<Tenure>> byPerson = new HashMap<>();
        tenures.forEach(t -> byPerson.computeIfAbsent(t.person(), k -> new ArrayList<>()).add(t));
        List<Map<String, Object>> peopleOut = new ArrayList<>();
        for (Person p : people.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("name", p.name());
            m.put("aliases", p.aliases());
            m.put("wikidataId", p.wikidataId());
            m.put("description", descriptions.getOrDefault(p.key(), describe(byPerson.get(p.key()))));
            peopleOut.add(m);
        }
        List<Map<String, Object>> officesOut = new ArrayList<>();
        for (Office o : offices.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", o.key());
            m.put("title", o.title());
            m.put("jurisdiction", o.jurisdiction());
            m.put("adjectives", o.adjectives());
            m.put("aliases", o.aliases());
            m.put("wikidataId", o.wikidataId());
            m.put("knownUntil", o.knownUntil() == null ? null : o.knownUntil().toString());
            m.put("role", o.role());
            officesOut.add(m);
        }
        List<Map<String, Object>> tenuresOut = new ArrayList<>();
        for (Tenure t : tenures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("person", t.person());
            m.put("office", t.office());
            m.put("start", t.start().toString());
            m.put("end", t.end() == null ? null : t.end().toString());
            m.put("precision", t.precision().name());
            m.put("source", t.source());
            m.put("note", t.note());
            tenuresOut.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "");
        root.put("asOf", asOf.toString());
        root.put("about", "World knowledge of heads of state and government (and their deputies where the Factbook "
                + "names them) of every sovereign state since 1990, built by src/build/java/io/factcheck/knowledgebuild "
                + "from the CIA World Factbook (public domain) and a Wikidata-derived table (CC0), merged with the "
                + "curated seed-story knowledge (src/build/resources/knowledge/curated.json), which wins where they "
                + "disagree. Do not edit by hand: re-run the build (src/docs/knowledge.md). Conventions as in "
                + "src/build/resources/knowledge/README.md: start <= d < end, end exclusive; precision applies to both dates.");
        root.put("people", peopleOut);
        root.put("offices", officesOut);
        root.put("tenures", tenuresOut);
        String body = json(root);
        root.put("version", asOf + "." + KnowledgeBuild.sha256(body).substring(0, 12));
        String knowledge = json(root);
        return new KnowledgeBuild.Output(knowledge, reportText(root.get("version").toString()));
    }

    /** Two spellings matched to one Wikidata id are one person ("Abdel Fattah el-Sisi", "al-Sisi"): merged. */
    private void mergeSameWikidataId() {
        Map<String, String> firstByQid = new TreeMap<>();
        Map<String, String> rename = new HashMap<>();
        for (Person p : new ArrayList<>(people.values())) {
            if (p.wikidataId() == null) {
                continue;
            }
            String first = firstByQid.putIfAbsent(p.wikidataId(), p.key());
            if (first == null) {
                continue;
            }
            Person kept = people.get(first);
            Set<String> aliases = new LinkedHashSet<>(kept.aliases());
            aliases.add(p.name());
            aliases.addAll(p.aliases());
            aliases.remove(kept.name());
            people.put(first, new Person(kept.key(), kept.name(), List.copyOf(aliases), kept.wikidataId()));
            people.remove(p.key());
            rename.put(p.key(), first);
            report.guess("People", p.name() + " and " + kept.name() + " have the same Wikidata id "
                    + p.wikidataId() + ": one person, " + first);
        }
        if (!rename.isEmpty()) {
            tenures.replaceAll(t -> rename.containsKey(t.person()) ? new Tenure(rename.get(t.person()), t.office(),
                    t.start(), t.end(), t.precision(), t.source(), t.note()) : t);
        }
    }

    private String describe(List<Tenure> terms) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        Map<String, int[]> years = new LinkedHashMap<>();
        for (Tenure t : terms) {
            Office o = offices.get(t.office());
            String name = officeName(o.title(), o.jurisdiction());
            int[] span = years.computeIfAbsent(name, k -> new int[] { t.start().getYear(), 0 });
            span[0] = Math.min(span[0], t.start().getYear());
            span[1] = t.end() == null ? -1 : (span[1] == -1 ? -1 : Math.max(span[1], t.end().getYear()));
        }
        List<String> parts = new ArrayList<>();
        years.forEach((name, span) -> parts.add(name + " (" + span[0] + "–" + (span[1] == -1 ? "" : span[1]) + ")"));
        return String.join("; ", parts);
    }

    private static String json(Object root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String reportText(String version) {
        LocalDate probe = LocalDate.of(2025, 12, 31);
        StringBuilder out = new StringBuilder();
        out.append("# Knowledge build report\n\n");
        out.append("Written by the knowledge build (`src/docs/knowledge.md` says how to run it); do not edit. ")
                .append("Knowledge version `").append(version).append("`, data as of ").append(asOf).append(".\n\n");
        out.append("| people | offices | tenures |\n|---:|---:|---:|\n| ").append(people.size()).append(" | ")
                .append(offices.size()).append(" | ").append(tenures.size()).append(" |\n\n");
        out.append(report.summary());
        out.append("\n## Counts per sovereign state\n\n");
        out.append("| state | offices | people | tenures | in office on ").append(probe).append(" |\n|---|---:|---:|---:|---|\n");
        Map<String, List<Office>> byCountry = new TreeMap<>();
        offices.values().stream().filter(o -> o.country() != null)
                .forEach(o -> byCountry.computeIfAbsent(o.country(), k -> new ArrayList<>()).add(o));
        List<Country> states = countries.values().stream().filter(Country::sovereign)
                .sorted(Comparator.comparing(Country::name)).toList();
        for (Country c : states) {
            List<Office> mine = byCountry.getOrDefault(c.gec(), List.of());
            Set<String> officeKeys = new java.util.HashSet<>();
            mine.forEach(o -> officeKeys.add(o.key()));
            List<Tenure> ts = tenures.stream().filter(t -> officeKeys.contains(t.office())).toList();
            Set<String> who = new java.util.TreeSet<>();
            ts.forEach(t -> who.add(t.person()));
            List<String> now = new ArrayList<>();
            for (Office o : mine) {
                if ("DEPUTY".equals(o.role())) {
                    continue;
                }
                for (Tenure t : ts) {
                    if (t.office().equals(o.key()) && !t.start().isAfter(probe)
                            && (t.end() == null || t.end().isAfter(probe))) {
                        now.add(o.title() + ": " + people.get(t.person()).name());
                    }
                }
            }
            out.append("| ").append(c.name()).append(" | ").append(mine.size()).append(" | ").append(who.size())
                    .append(" | ").append(ts.size()).append(" | ").append(String.join("; ", now)).append(" |\n");
        }
        out.append(report.sections());
        return out.toString();
    }
}
