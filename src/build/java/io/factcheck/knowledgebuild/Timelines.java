package io.factcheck.knowledgebuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.factcheck.knowledge.DatePrecision;

/**
 * Turns observations of one office into terms: a term starts on the date its texts give, and ends on the next
 * substantive holder's start (exclusive); an acting holder never ends the substantive holder's term, and a vacancy
 * ("vacant" while the outgoing holder stays) ends nothing. Offices held by several people at once (co-princes,
 * captains regent, deputies) end a term when the texts stop naming its holder.
 */
final class Timelines {

    /** Deputy and vice titles: several holders at once is normal, and they end when the texts stop naming them. */
    static final Pattern DEPUTY = Pattern.compile(
            "(?i)^((first|second|third|executive) )?(vice|deputy|co-vice)( |-)(president|prime minister|premier|chairman|chairperson)$");
    /** Titles of heads of state and government. */
    static final Pattern HEAD = Pattern.compile("(?i)^(president|prime minister|king|queen|emperor|emir|amir|sultan|"
            + "grand duke|prince|chancellor|premier|taoiseach|supreme leader|co-prince|captain regent|chief executive|"
            + "state counsellor|head of government|chairman|chairperson|"
            + "(president|chairman|chairperson|chair) of the .+|(president|chairman) of .+|.+ chair(man|person)?)$");

    /** {@code lastSeen}: the last day a text named the holder (the evidence that they were in office until then). */
    record Term(String officeKey, String personKey, LocalDate start, LocalDate end, DatePrecision precision,
            boolean acting, String source, String note, LocalDate lastSeen) {
    }

    /** One person's stretch in an office before its end is known. */
    static final class Stretch {
        final String personKey;
        LocalDate start;
        DatePrecision precision;
        LocalDate until; // an end the text itself gives ("for the period … - 31 March 2026")
        final boolean acting;
        String source;
        LocalDate firstSeen;
        LocalDate lastSeen;

        Stretch(String personKey, Observation o) {
            this.personKey = personKey;
            this.start = o.since();
            this.precision = o.precision();
            this.until = o.until();
            this.acting = o.acting();
            this.source = o.source();
            this.firstSeen = o.seenFrom();
            this.lastSeen = o.seenTo();
        }
    }

    private Timelines() {
    }

    /** Offices that several people hold at once by design, whatever the texts of a given year show. */
    static boolean isCollective(String title) {
        return COLLECTIVE.matcher(title).matches();
    }

    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i).*\\b(co-prince|captain regent|member|members)\\b.*");

    static boolean isDeputy(String title) {
        return DEPUTY.matcher(title).matches();
    }

    static boolean isHead(String title) {
        return HEAD.matcher(title).matches() && !title.toLowerCase(Locale.ROOT).startsWith("crown");
    }

    /**
     * @param observations every observation of one office, any order, each with its person key in {@code keys}
     * @param snapshots    the dates of every snapshot that covered the office's country and part (for absences)
     */
    static List<Term> build(String officeKey, List<Observation> observations, Map<Observation, String> keys,
            List<LocalDate> snapshots, LocalDate asOf, boolean plural, BuildReport report, String where) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::seenFrom).thenComparing(o -> keys.get(o)));
        // A person's stretches: one per distinct start; an undated sighting joins the person's stretch it falls in.
        Map<String, List<Stretch>> byPerson = new LinkedHashMap<>();
        List<Observation> undated = new ArrayList<>();
        for (Observation o : sorted) {
            if (o.since() == null) {
                undated.add(o);
                continue;
            }
            List<Stretch> stretches = byPerson.computeIfAbsent(keys.get(o), k -> new ArrayList<>());
            Stretch same = null;
            for (Stretch s : stretches) {
                if (s.start.equals(o.since()) || sameStartAtCoarserPrecision(s, o)) {
                    same = s;
                }
            }
            if (same == null) {
                stretches.add(new Stretch(keys.get(o), o));
            } else {
                if (o.precision().compareTo(same.precision) < 0) {
                    report.guess(where, "start of " + keys.get(o) + " refined from " + same.start + " ("
                            + same.precision + ") to " + o.since() + " (" + o.precision() + ") by a later text");
                    same.start = o.since();
                    same.precision = o.precision();
                }
                same.lastSeen = max(same.lastSeen, o.seenTo());
                same.firstSeen = min(same.firstSeen, o.seenFrom());
                if (o.until() != null) {
                    same.until = o.until();
                }
            }
        }
        for (Observation o : undated) {
            List<Stretch> stretches = byPerson.get(keys.get(o));
            if (stretches == null) {
                report.unparsed(where, "no start date for " + o.name().full() + " (" + o.title() + ") in \""
                        + abbreviate(o.text()) + "\" (" + o.source() + "); left out unless Wikidata dates it");
                continue;
            }
            Stretch last = stretches.get(stretches.size() - 1);
            last.lastSeen = max(last.lastSeen, o.seenTo());
        }
        // Re-election texts sometimes restate the start ("since 7 May 2018"): merge a person's consecutive stretches.
        List<Stretch> all = new ArrayList<>();
        byPerson.values().forEach(all::addAll);
        all.sort(Comparator.comparing((Stretch s) -> s.start).thenComparing(s -> s.personKey));
        List<Stretch> merged = new ArrayList<>();
        for (Stretch s : all) {
            Stretch previousOfPerson = null;
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (merged.get(i).personKey.equals(s.personKey) && merged.get(i).acting == s.acting) {
                    previousOfPerson = merged.get(i);
                    break;
                }
            }
            if (previousOfPerson != null && !plural && !someoneElseBetween(merged, previousOfPerson, s)) {
                report.guess(where, s.personKey + ": a later text gives the start " + s.start
                        + "; kept as one term from " + previousOfPerson.start + " (no other holder in between)");
                previousOfPerson.lastSeen = max(previousOfPerson.lastSeen, s.lastSeen);
                if (s.until != null) {
                    previousOfPerson.until = s.until;
                }
                continue;
            }
            merged.add(s);
        }
        if (!plural) {
            dropContradicted(merged, report, where);
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Stretch s = merged.get(i);
            LocalDate end = null;
            DatePrecision endPrecision = DatePrecision.DAY;
            String note = s.acting ? "acting holder" : null;
            if (s.until != null) {
                end = s.until;
            } else if (!plural) {
                for (int j = i + 1; j < merged.size(); j++) {
                    Stretch next = merged.get(j);
                    if (!next.personKey.equals(s.personKey) && next.start.isAfter(s.start)
                            && (s.acting || !next.acting) && !NameMatch.sameName(next.personKey, s.personKey)) {
                        end = next.start;
                        endPrecision = next.precision;
                        break;
                    }
                }
            }
            if (end == null && s.lastSeen.isBefore(asOf)) {
                LocalDate absent = firstAfter(snapshots, s.lastSeen);
                if (absent != null) {
                    boolean close = !absent.isAfter(s.lastSeen.plusDays(31));
                    end = close ? absent : LocalDate.of(absent.getYear(), 1, 1);
                    endPrecision = close ? DatePrecision.DAY : DatePrecision.YEAR;
                    if (!end.isAfter(s.start)) {
                        end = absent;
                        endPrecision = DatePrecision.DAY;
                    }
                    report.guess(where, s.personKey + " last named " + s.lastSeen + ", no longer on " + absent
                            + " and no successor dated: term ends " + end + " (" + endPrecision + ")");
                }
            }
            DatePrecision precision = coarser(s.precision, end == null ? DatePrecision.DAY : endPrecision);
            LocalDate start = floor(s.start, precision);
            LocalDate finalEnd = end == null ? null : floor(end, precision);
            if (finalEnd != null && !finalEnd.isAfter(start)) {
                report.unparsed(where, s.personKey + ": term from " + s.start + " ends " + end
                        + " at " + precision + " precision, which leaves no time in office; left out");
                continue;
            }
            terms.add(new Term(officeKey, s.personKey, start, finalEnd, precision, s.acting, s.source, note,
                    s.lastSeen));
        }
        return terms;
    }

    /**
     * A holder named only while the texts before and after name someone else with an unchanged start ("Prime Minister
     * Halla TOMASDOTTIR" for nine weeks of 2024, between two texts naming Bjarni BENEDIKTSSON "since 9 April 2024") is
     * an error of the texts, not a term: left out, so that it ends nobody's term.
     */
    private static void dropContradicted(List<Stretch> stretches, BuildReport report, String where) {
        stretches.removeIf(b -> {
            for (Stretch a : stretches) {
                if (a != b && !a.acting && !b.acting && !a.personKey.equals(b.personKey)
                        && a.start.isBefore(b.start) && a.firstSeen.isBefore(b.firstSeen)
                        && a.lastSeen.isAfter(b.lastSeen) && a.until == null) {
                    report.conflict(where, b.personKey + " (from " + b.start + ", named " + b.firstSeen + " to "
                            + b.lastSeen + ") while texts before and after name " + a.personKey + " (from " + a.start
                            + ", last named " + a.lastSeen + "): a slip of the texts, left out");
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean sameStartAtCoarserPrecision(Stretch s, Observation o) {
        DatePrecision coarse = coarser(s.precision, o.precision());
        return floor(s.start, coarse).equals(floor(o.since(), coarse)) && s.precision != o.precision();
    }

    private static boolean someoneElseBetween(List<Stretch> merged, Stretch earlier, Stretch later) {
        for (Stretch m : merged) {
            if (!m.personKey.equals(earlier.personKey) && m.start.isAfter(earlier.start)
                    && !m.start.isAfter(later.start) && !m.acting) {
                return true;
            }
        }
        return false;
    }

    /** The coarser of two precisions (DAY < MONTH < YEAR in declaration order). */
    static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static LocalDate floor(LocalDate d, DatePrecision p) {
        return switch (p) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    private static LocalDate firstAfter(List<LocalDate> snapshots, LocalDate day) {
        for (LocalDate s : snapshots) {
            if (s.isAfter(day)) {
                return s;
            }
        }
        return null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }
}
