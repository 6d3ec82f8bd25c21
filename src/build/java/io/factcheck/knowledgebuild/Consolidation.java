package io.factcheck.knowledgebuild;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledgebuild.WorldFile.Person;
import io.factcheck.knowledgebuild.WorldFile.Tenure;

/**
 * The last pass over the built offices, before the file is written. The Factbook spells one holder differently from
 * one edition to the next ("ABDALLAH II", "ABDULLAH II"; "Pedro SANCHEZ Perez-Castejon", "Pedro SANCHEZ
 * PEREZ-CASTEJON"), and yearly and weekly texts date one term at different precisions. Left alone, a new spelling
 * reads as a successor and ends its own holder's term, which is exactly the false "former" this knowledge must never
 * cause. So: spellings of one name that hold one office back to back are one person; a person's overlapping terms of
 * one office are one term, dated by its most precise source; and in an office one person holds at a time, a term that
 * overruns its successor's start ends there, while one that sits inside another's term is taken as an acting holder.
 * Curated offices are left as the curated file has them.
 */
final class Consolidation {

    /** Two spellings this close in one office, with nobody between them, are one person. */
    private static final int ADJACENT_DAYS = 400;

    private final Map<String, Person> people;
    private final List<Tenure> tenures;
    private final Set<String> plural;
    private final Set<String> curated;
    private final BuildReport report;

    Consolidation(Map<String, Person> people, List<Tenure> tenures, Set<String> plural, Set<String> curated,
            BuildReport report) {
        this.people = people;
        this.tenures = tenures;
        this.plural = plural;
        this.curated = curated;
        this.report = report;
    }

    void run() {
        mergeSpellings();
        mergeTerms();
        settleOverlaps();
    }

    // ---------------------------------------------------------------- one person, several spellings

    private void mergeSpellings() {
        Map<String, String> parent = new HashMap<>();
        for (Map.Entry<String, List<Tenure>> e : byOffice().entrySet()) {
            if (curated.contains(e.getKey())) {
                continue;
            }
            List<Tenure> ts = e.getValue();
            for (int i = 0; i < ts.size(); i++) {
                for (int j = i + 1; j < ts.size(); j++) {
                    Tenure a = ts.get(i);
                    Tenure b = ts.get(j);
                    String ra = find(parent, a.person());
                    String rb = find(parent, b.person());
                    if (ra.equals(rb)) {
                        continue;
                    }
                    Person pa = people.get(a.person());
                    Person pb = people.get(b.person());
                    if (!samePerson(pa, pb)) {
                        // one office taken on one day by two names that share a part is one person spelled twice
                        // ("Michel Aoun"/"Michel Awn", "Roh Moo-hyun"/"No Mu-hyun")
                        if (plural.contains(e.getKey()) || a.precision() != DatePrecision.DAY
                                || !a.start().equals(b.start()) || !NameMatch.sharePart(pa.name(), pb.name())
                                || (pa.wikidataId() != null && pb.wikidataId() != null)) {
                            continue;
                        }
                    }
                    boolean single = NameMatch.tokens(pa.name()).size() == 1 || NameMatch.tokens(pb.name()).size() == 1;
                    long gap = a.end() == null ? -1 : ChronoUnit.DAYS.between(a.end(), b.start());
                    boolean together = gap <= 0
                            || (!single && !plural.contains(e.getKey()) && gap <= ADJACENT_DAYS
                                    && nobodyBetween(ts, a, b, parent));
                    if (together) {
                        parent.put(rb, ra);
                        report.guess(e.getKey(), pb.name() + " (from " + b.start() + ") and " + pa.name() + " (from "
                                + a.start()
                                + ") hold the office back to back under two spellings of one name: one person");
                    }
                }
            }
        }
        Map<String, List<String>> groups = new TreeMap<>();
        for (String key : people.keySet()) {
            groups.computeIfAbsent(find(parent, key), k -> new ArrayList<>()).add(key);
        }
        Map<String, String> rename = new HashMap<>();
        for (List<String> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            String keep = group.stream().max(Comparator.comparing((String k) -> people.get(k).wikidataId() != null)
                    .thenComparing(this::latestEnd).thenComparing(Comparator.reverseOrder())).orElseThrow();
            Person kept = people.get(keep);
            Set<String> aliases = new LinkedHashSet<>(kept.aliases());
            String qid = kept.wikidataId();
            for (String k : group) {
                if (!k.equals(keep)) {
                    Person p = people.remove(k);
                    aliases.add(p.name());
                    aliases.addAll(p.aliases());
                    qid = qid != null ? qid : p.wikidataId();
                    rename.put(k, keep);
                }
            }
            aliases.remove(kept.name());
            people.put(keep, new Person(keep, kept.name(), List.copyOf(aliases), qid));
        }
        tenures.replaceAll(t -> rename.containsKey(t.person()) ? new Tenure(rename.get(t.person()), t.office(),
                t.start(), t.end(), t.precision(), t.source(), t.note()) : t);
    }

    private static boolean samePerson(Person a, Person b) {
        if (a.wikidataId() != null && b.wikidataId() != null) {
            return a.wikidataId().equals(b.wikidataId());
        }
        return NameMatch.sameName(a.name(), b.name());
    }

    /** No third person's substantive term starts between the two terms. */
    private static boolean nobodyBetween(List<Tenure> ts, Tenure a, Tenure b, Map<String, String> parent) {
        String ra = find(parent, a.person());
        for (Tenure c : ts) {
            if (c.start().isAfter(a.start()) && c.start().isBefore(b.start()) && !isActing(c)
                    && !find(parent, c.person()).equals(ra) && !c.person().equals(b.person())) {
                return false;
            }
        }
        return true;
    }

    private LocalDate latestEnd(String person) {
        LocalDate latest = LocalDate.MIN;
        for (Tenure t : tenures) {
            if (t.person().equals(person)) {
                LocalDate end = t.end() == null ? LocalDate.MAX : t.end();
                latest = end.isAfter(latest) ? end : latest;
            }
        }
        return latest;
    }

    private static String find(Map<String, String> parent, String key) {
        String p = parent.getOrDefault(key, key);
        return p.equals(key) ? key : find(parent, p);
    }

    // ---------------------------------------------------------------- one term, several sources

    /** A person's overlapping or touching terms of one office (acting and substantive apart) become one. */
    private void mergeTerms() {
        Map<String, List<Tenure>> groups = new TreeMap<>();
        for (Tenure t : tenures) {
            groups.computeIfAbsent(t.person() + "|" + t.office() + "|" + isActing(t), k -> new ArrayList<>()).add(t);
        }
        List<Tenure> out = new ArrayList<>();
        for (List<Tenure> ts : groups.values()) {
            if (curated.contains(ts.get(0).office())) {
                out.addAll(ts);
                continue;
            }
            ts.sort(Comparator.comparing(Tenure::start).thenComparing(Tenure::precision));
            List<Tenure> cluster = new ArrayList<>();
            LocalDate clusterEnd = null;
            for (Tenure t : ts) {
                if (!cluster.isEmpty() && clusterEnd != LocalDate.MAX && t.start().isAfter(clusterEnd)) {
                    out.add(merged(cluster));
                    cluster.clear();
                }
                cluster.add(t);
                LocalDate end = t.end() == null ? LocalDate.MAX : t.end();
                clusterEnd = cluster.size() == 1 || end.isAfter(clusterEnd) ? end : clusterEnd;
            }
            out.add(merged(cluster));
        }
        tenures.clear();
        tenures.addAll(out);
    }

    /** The cluster's span, each end dated by the most precise term that dates it. */
    private Tenure merged(List<Tenure> cluster) {
        if (cluster.size() == 1) {
            return cluster.get(0);
        }
        Tenure first = cluster.get(0);
        Tenure startBy = first;
        for (Tenure t : cluster) {
            if (t.precision().compareTo(startBy.precision()) < 0 && within(t.start(), first.start(), first.precision())) {
                startBy = t;
            }
        }
        Tenure last = null;
        for (Tenure t : cluster) {
            if (t.end() == null) {
                last = t;
                break;
            }
            if (last == null || t.end().isAfter(last.end())) {
                last = t;
            }
        }
        Tenure endBy = last;
        if (last.end() != null) {
            for (Tenure t : cluster) {
                if (t.end() != null && t.precision().compareTo(endBy.precision()) < 0
                        && within(t.end(), last.end(), last.precision())) {
                    endBy = t;
                }
            }
        }
        Tenure t = span(first, startBy.start(), startBy.precision(), endBy.end(), endBy.precision(), startBy.source(),
                startBy.note() != null ? startBy.note() : endBy.note());
        report.guess(first.office(), first.person() + ": " + cluster.size() + " overlapping terms (" + sources(cluster)
                + ") are one term, " + t.start() + " to " + (t.end() == null ? "open" : t.end()) + " ("
                + t.precision() + ")");
        return t;
    }

    /**
     * A term from two dates of their own precisions: one precision for both (the coarser), unless that would leave no
     * time in office, in which case the finest one that does not.
     */
    private static Tenure span(Tenure of, LocalDate start, DatePrecision startPrecision, LocalDate end,
            DatePrecision endPrecision, String source, String note) {
        DatePrecision precision = Timelines.coarser(startPrecision, endPrecision);
        for (DatePrecision p : List.of(precision, DatePrecision.MONTH, DatePrecision.DAY)) {
            if (p.compareTo(precision) > 0) {
                continue;
            }
            LocalDate s = Timelines.floor(start, p);
            LocalDate e = end == null ? null : Timelines.floor(end, p);
            if (e == null || e.isAfter(s)) {
                return new Tenure(of.person(), of.office(), s, e, p, source, note);
            }
        }
        return new Tenure(of.person(), of.office(), start, end, DatePrecision.DAY, source, note);
    }

    /** The day lies in the window a date at its precision stands for. */
    private static boolean within(LocalDate day, LocalDate date, DatePrecision precision) {
        return Timelines.floor(day, precision).equals(Timelines.floor(date, precision));
    }

    private static String sources(List<Tenure> cluster) {
        List<String> parts = new ArrayList<>();
        for (Tenure t : cluster) {
            parts.add(t.start() + "–" + (t.end() == null ? "" : t.end()) + " " + t.precision());
        }
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- one holder at a time

    private void settleOverlaps() {
        Map<Tenure, Tenure> replaced = new HashMap<>();
        for (Map.Entry<String, List<Tenure>> e : byOffice().entrySet()) {
            if (plural.contains(e.getKey()) || curated.contains(e.getKey())) {
                continue;
            }
            List<Tenure> ts = new ArrayList<>(e.getValue());
            for (int i = 0; i < ts.size(); i++) {
                for (int j = i + 1; j < ts.size(); j++) {
                    Tenure a = ts.get(i);
                    Tenure b = ts.get(j);
                    if (isActing(a) || isActing(b) || a.person().equals(b.person()) || !b.start().isAfter(a.start())
                            || (a.end() != null && !a.end().isAfter(windowEnd(b.start(), b.precision())))) {
                        continue; // no overlap, or one within the coarse window of the successor's start
                    }
                    String who = people.get(a.person()).name() + " (" + a.start() + " to "
                            + (a.end() == null ? "open" : a.end()) + ") and " + people.get(b.person()).name() + " ("
                            + b.start() + " to " + (b.end() == null ? "open" : b.end()) + ")";
                    Tenure changed;
                    if (b.end() != null && (a.end() == null || !b.end().isAfter(a.end()))) {
                        changed = new Tenure(b.person(), b.office(), b.start(), b.end(), b.precision(), b.source(),
                                "acting holder (inferred: the term lies inside another holder's)");
                        report.conflict(e.getKey(), who + " overlap; the second lies inside the first and is taken as "
                                + "an acting holder, so that it ends nothing");
                        ts.set(j, changed);
                        replaced.put(b, changed);
                    } else {
                        changed = span(a, a.start(), a.precision(), b.start(), b.precision(), a.source(), a.note());
                        report.conflict(e.getKey(), who + " overlap; the first ends where the second starts");
                        ts.set(i, changed);
                        replaced.put(a, changed);
                    }
                }
            }
        }
        tenures.replaceAll(t -> {
            Tenure r = t;
            while (replaced.containsKey(r)) {
                r = replaced.get(r);
            }
            return r;
        });
    }

    /** The first day after the window a date stands for at its precision. */
    private static LocalDate windowEnd(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1).plusMonths(1);
            case YEAR -> date.withDayOfYear(1).plusYears(1);
        };
    }

    private Map<String, List<Tenure>> byOffice() {
        Map<String, List<Tenure>> out = new TreeMap<>();
        for (Tenure t : tenures) {
            out.computeIfAbsent(t.office(), k -> new ArrayList<>()).add(t);
        }
        out.values().forEach(ts -> ts.sort(Comparator.comparing(Tenure::start).thenComparing(Tenure::person)));
        return out;
    }

    private static boolean isActing(Tenure t) {
        return io.factcheck.knowledge.KnowledgeFile.isActing(t.note());
    }
}
