package io.factcheck.check;

import io.factcheck.check.CheckContext.SpokenTime;
import io.factcheck.check.CheckContext.TimeBasis;
import io.factcheck.check.RoleMention.Form;
import io.factcheck.check.RoleMention.Modifier;
import io.factcheck.check.TenureJudge.Judgement;
import io.factcheck.claim.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves who and which office a mention is about and judges its wording: a named person against the offices the
 * title can mean; an office-only mention first to a person (someone named earlier who fits, else the holder at the time
 * spoken of), then the same judgement. Returns null whenever the mention cannot be pinned down.
 */
final class RoleAssessor {

    /** How the person of an office-only mention was found. */
    enum Referent { NAMED, EARLIER_NAMED, HOLDER_AT_TIME }

    /**
     * @param knownUntil the last day the judged offices' holders are known, when the judged time lies after it (the
     *                   verdict then holds as of that day), else null
     */
    record Assessment(RoleMention mention, String personId, Set<String> officeIds, Judgement judgement,
                      SpokenTime spoken, Referent referent, ConfidenceModel confidence, LocalDate knownUntil) {}

    private static final int NEARBY_SENTENCES = 2;

    private final KnowledgeIndex kb;

    RoleAssessor(KnowledgeIndex kb) {
        this.kb = kb;
    }

    Assessment assess(RoleMention m, CheckContext ctx) {
        Set<String> offices = m.officeId() != null ? Set.of(m.officeId())
                : kb.officesWithTitle(m.titleKey(), m.jurisdiction());
        if (offices.isEmpty()) {
            return null; // a title we know, but not in that jurisdiction: an unknown office
        }
        return m.form() == Form.OFFICE_ONLY ? officeOnly(m, offices, ctx) : named(m, offices, ctx);
    }

    // ---- a person named in the mention ------------------------------------------------------------------------

    private Assessment named(RoleMention m, Set<String> titleOffices, CheckContext ctx) {
        ConfidenceModel confidence = new ConfidenceModel();
        SpokenTime spoken = m.modifier() == Modifier.THEN ? ctx.spokenTime(m.start(), m.end())
                : new SpokenTime(ctx.referenceTime(), TimeBasis.REFERENCE);
        List<String> people = m.person().personIds();
        String chosen = null;
        Set<String> chosenOffices = null;
        Judgement chosenJudgement = null;
        int fitting = 0;
        boolean someoneHeld = people.size() > 1 && anyHeld(people, titleOffices);
        for (String personId : people) {
            Set<String> offices = m.hasJurisdiction() ? titleOffices : heldAmong(personId, titleOffices);
            List<Term> tenures = kb.terms(personId, offices);
            // With a shared name only people who held the office compete; one who never did is judged if nobody did.
            if (tenures.isEmpty() && (someoneHeld || chosen != null)) {
                continue;
            }
            Judgement j = TenureJudge.judge(tenures, m.modifier(), ctx.reference, spoken.time());
            if (!tenures.isEmpty()) {
                fitting++;
            }
            // With a shared name, read it charitably: the person the wording fits, else one who held the office.
            if (chosen == null || better(j, tenures, chosenJudgement)) {
                chosen = personId;
                chosenOffices = offices.isEmpty() ? titleOffices : offices;
                chosenJudgement = j;
            }
        }
        if (people.size() > 1) {
            confidence.lower(fitting > 1 ? ConfidenceModel.COMPETING * ConfidenceModel.SHARED_NAME
                            : ConfidenceModel.SHARED_NAME,
                    "the name \"" + ctx.text.substring(m.person().start(), m.person().end()) + "\" is shared by "
                            + people.size() + " people in the knowledge base");
        }
        if (!m.hasJurisdiction()) {
            confidence.lower(ConfidenceModel.NO_JURISDICTION, "the title names no jurisdiction");
        }
        if (m.form() == Form.APPOSITIVE) {
            confidence.lower(ConfidenceModel.APPOSITIVE, "the title is attached to the name by apposition");
        }
        if (m.commaBeforeName()) {
            confidence.lower(ConfidenceModel.COMMA_NAME, "the name follows the title after a comma");
        }
        if (m.nameGap() > 0) {
            confidence.lower(ConfidenceModel.NAME_GAP, "the name was matched with words not in the knowledge base");
        }
        if (m.quotedTitle()) {
            confidence.lower(ConfidenceModel.QUOTED_TITLE, "the title is in quotation marks");
        }
        timeConfidence(m, spoken, confidence);
        if (people.size() > 1 && fitting > 1 && chosenJudgement.verdict() != Verdict.ACCURATE) {
            return null; // "President Bush" in 2015: both were presidents, and the text does not say which it means
        }
        if (chosenJudgement.verdict() == Verdict.INACCURATE && chosenJudgement.tenures().isEmpty()
                && !neverHeldIsKnown(m, chosen, chosenOffices, spoken, ctx)) {
            return null;
        }
        if (m.modifier() == Modifier.BARE && chosenJudgement.verdict() == Verdict.OUTDATED
                && m.titleKey() != null && TitleVocabulary.REGNAL.contains(m.titleKey())) {
            return null; // "Queen Elizabeth II" stays her name after her reign: not a claim that she still reigns
        }
        return finish(m, chosen, chosenOffices, chosenJudgement, spoken, Referent.NAMED, confidence, ctx);
    }

    /**
     * "Has never held the office" is said only where the knowledge can know it. With a jurisdiction: the person held no
     * office there, and the office has a known holder at the time judged. Without one: no country where the person
     * held office has an office of that title. Otherwise the title may be one the knowledge lacks for them (Sri
     * Lanka's prime ministers, where the president heads the government), so nothing is said.
     */
    private boolean neverHeldIsKnown(RoleMention m, String personId, Set<String> offices, SpokenTime spoken,
                                     CheckContext ctx) {
        Set<String> ownPlaces = new java.util.HashSet<>();
        kb.terms(personId).forEach(t -> ownPlaces.add(kb.jurisdictionOf(t.officeId())));
        for (String officeId : offices) {
            if (ownPlaces.contains(kb.jurisdictionOf(officeId))) {
                return false; // they held another office there: the knowledge may lack the title they also held
            }
        }
        if (!m.hasJurisdiction()) {
            return true; // the title exists nowhere they held office ("Chancellor Donald Trump")
        }
        long day = (m.modifier() == Modifier.THEN ? spoken.time().from() : ctx.reference).toEpochDay();
        for (String officeId : offices) {
            for (Term t : kb.termsOfOffice(officeId)) {
                if (t.hold(day) >= 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean better(Judgement candidate, List<Term> tenures, Judgement current) {
        boolean currentHeld = !current.tenures().isEmpty();
        if (!tenures.isEmpty() && !currentHeld) {
            return true;
        }
        return !tenures.isEmpty() && candidate.verdict() == Verdict.ACCURATE && current.verdict() != Verdict.ACCURATE;
    }

    private boolean anyHeld(List<String> people, Set<String> offices) {
        for (String personId : people) {
            for (Term t : kb.terms(personId)) {
                if (offices.contains(t.officeId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> heldAmong(String personId, Set<String> offices) {
        Set<String> held = new LinkedHashSet<>();
        for (Term t : kb.terms(personId)) {
            if (offices.contains(t.officeId())) {
                held.add(t.officeId());
            }
        }
        return held;
    }

    // ---- an office without a name -------------------------------------------------------------------------------

    private Assessment officeOnly(RoleMention m, Set<String> titleOffices, CheckContext ctx) {
        ConfidenceModel confidence = new ConfidenceModel();
        confidence.lower(ConfidenceModel.OFFICE_ONLY, "resolved indirectly from an office-only mention");
        SpokenTime spoken = ctx.spokenTime(m.start(), m.end());
        long r = ctx.reference.toEpochDay();
        long a = spoken.time().from().toEpochDay();
        long b = spoken.time().to().toEpochDay();

        // Someone named earlier who fits the wording, nearest first; without a stated jurisdiction only close by.
        int sentence = ctx.sentenceIndex(m.start());
        List<String> candidates = new ArrayList<>(2);
        for (int i = ctx.named.size() - 1; i >= 0; i--) {
            Hit h = ctx.named.get(i);
            if (h.end() > m.start()) {
                continue;
            }
            if (!m.hasJurisdiction() && sentence - ctx.sentenceIndex(h.start()) > NEARBY_SENTENCES) {
                break;
            }
            for (int k = 0; k < h.personIds().size(); k++) {
                String personId = h.personIds().get(k);
                if (candidates.contains(personId)) {
                    continue;
                }
                List<Term> terms = h.personTerms().get(k);
                boolean fits = m.modifier() == Modifier.FORMER ? endedAny(terms, titleOffices, r)
                        : heldShare(terms, titleOffices, a, b) >= 0.5;
                if (fits) {
                    candidates.add(personId);
                }
            }
        }
        String personId;
        Referent referent;
        if (!candidates.isEmpty()) {
            personId = candidates.get(0);
            referent = Referent.EARLIER_NAMED;
            confidence.lower(ConfidenceModel.EARLIER_NAMED, "the person is the one named earlier in the text");
            if (candidates.size() > 1) {
                confidence.lower(ConfidenceModel.COMPETING, "several people named earlier fit");
            }
        } else if (m.modifier() == Modifier.FORMER || !m.hasJurisdiction()) {
            return null; // "the former president": many fit; no place: we cannot tell which office
        } else {
            personId = null;
            double best = 0;
            int contenders = 0;
            Map<String, Double> share = new java.util.LinkedHashMap<>(4);
            for (String officeId : titleOffices) {
                for (Term t : kb.termsOfOffice(officeId)) {
                    double p = t.sumHold(a, b) / (b - a + 1);
                    if (p > 0) {
                        share.merge(t.personId(), p, Double::sum);
                    }
                }
            }
            for (Map.Entry<String, Double> e : share.entrySet()) {
                double p = Math.min(1, e.getValue());
                if (p >= 0.2) {
                    contenders++;
                }
                if (p > best) {
                    best = p;
                    personId = e.getKey();
                }
            }
            if (personId == null || best < 0.5) {
                return null; // nobody known held it then
            }
            referent = Referent.HOLDER_AT_TIME;
            confidence.lower(ConfidenceModel.HOLDER_AT_TIME, "the person is whoever held the office at the time spoken of");
            if (contenders > 1) {
                confidence.lower(ConfidenceModel.COMPETING, "more than one person held the office during "
                        + spoken.time().label());
            }
        }
        if (!m.hasJurisdiction()) {
            confidence.lower(ConfidenceModel.OFFICE_ONLY_NO_JURISDICTION, "the office names no jurisdiction");
        }
        if (spoken.basis() == TimeBasis.CONTEXT) {
            confidence.lower(ConfidenceModel.CONTEXT_TIME, "the time spoken of was taken from an earlier sentence (\""
                    + spoken.time().label() + "\")");
        }
        Set<String> offices = m.hasJurisdiction() ? titleOffices : heldAmong(personId, titleOffices);
        List<Term> tenures = kb.terms(personId, offices);
        Judgement j = TenureJudge.judge(tenures, m.modifier(), ctx.reference, spoken.time());
        if (m.modifier() == Modifier.THEN && spoken.basis() == TimeBasis.REFERENCE) {
            confidence.lower(ConfidenceModel.NO_EVENT_TIME, "no time of the event was found, so it was judged at the reference date");
        }
        return finish(m, personId, offices, j, spoken, referent, confidence, ctx);
    }

    /** Share of the days [a, b] on which the person held one of the offices (no list is built: this runs per name). */
    private static double heldShare(List<Term> terms, Set<String> offices, long a, long b) {
        double sum = 0;
        for (Term t : terms) {
            if (offices.contains(t.officeId())) {
                sum += t.sumHold(a, b);
            }
        }
        return Math.min(1, sum / (b - a + 1));
    }

    private static boolean endedAny(List<Term> terms, Set<String> offices, long r) {
        for (Term t : terms) {
            if (offices.contains(t.officeId()) && t.endedBy(r) >= 0.5) {
                return true;
            }
        }
        return false;
    }

    private static void timeConfidence(RoleMention m, SpokenTime spoken, ConfidenceModel confidence) {
        if (m.modifier() != Modifier.THEN) {
            return;
        }
        if (spoken.basis() == TimeBasis.CONTEXT) {
            confidence.lower(ConfidenceModel.CONTEXT_TIME, "the time spoken of was taken from an earlier sentence (\""
                    + spoken.time().label() + "\")");
        } else if (spoken.basis() == TimeBasis.REFERENCE) {
            confidence.lower(ConfidenceModel.NO_EVENT_TIME, "no time of the event was found, so it was judged at the reference date");
        }
    }

    private Assessment finish(RoleMention m, String personId, Set<String> offices, Judgement j,
                              SpokenTime spoken, Referent referent, ConfidenceModel confidence, CheckContext ctx) {
        String doubts = j.doubts().isEmpty() ? "the dates leave room for doubt" : String.join(", ", j.doubts());
        confidence.lower(j.probability() < 0.999 ? j.probability() : 1.0, doubts);
        confidence.lower(j.proximity(), doubts);
        LocalDate knownUntil = knownUntil(offices);
        LocalDate judged = m.modifier() == Modifier.THEN ? spoken.time().to() : ctx.reference;
        if (knownUntil != null && judged.isAfter(knownUntil)) {
            if (j.verdict() == Verdict.INACCURATE) {
                return null; // who held it after the knowledge ends is unknown: a newcomer or a departure could make it right
            }
            confidence.lower(ConfidenceModel.BEYOND_KNOWLEDGE, "the holders of this office are known only until "
                    + knownUntil + ", so the verdict holds as of that date");
        } else {
            knownUntil = null;
        }
        return new Assessment(m, personId, offices, j, spoken, referent, confidence, knownUntil);
    }

    /** The earliest known-until date among the offices, or null when none has one. */
    private LocalDate knownUntil(Set<String> offices) {
        LocalDate earliest = null;
        for (String id : offices) {
            LocalDate until = kb.office(id).knownUntil();
            if (until != null && (earliest == null || until.isBefore(earliest))) {
                earliest = until;
            }
        }
        return earliest;
    }
}
