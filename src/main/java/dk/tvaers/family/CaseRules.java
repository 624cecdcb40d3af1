package dk.tvaers.family;

import dk.tvaers.kernel.Cpr;
import dk.tvaers.kernel.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The domain rules of the case record that Bean Validation cannot express. Each failure names the field as the API
 * calls it (e.g. {@code members[2].cpr}) and never holds a CPR number.
 */
final class CaseRules {

    static final int ADULT_AGE = 18;

    /** Checks the family registered at intake and returns each member's CPR number, in order. */
    static List<Cpr> checkMembers(List<NewMember> members, LocalDate today) {
        if (members == null || members.isEmpty()) {
            throw new InvalidInputException("members", "Familien skal have mindst ét medlem");
        }
        List<Cpr> numbers = new ArrayList<>();
        Set<Cpr> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Cpr cpr = checkMember("members[" + i + "]", members.get(i), today);
            if (!seen.add(cpr)) {
                throw new InvalidInputException(
                        "members[" + i + "].cpr", "Samme CPR-nummer er angivet for to medlemmer");
            }
            numbers.add(cpr);
        }
        if (members.stream().noneMatch(member -> member.role().isYoung())) {
            throw new InvalidInputException(
                    "members", "Familien skal have mindst ét barn eller én ung (CHILD eller YOUNG_ADULT)");
        }
        return numbers;
    }

    /**
     * Checks one member and returns the CPR number.
     *
     * @param path how the API names the member ("members[2]"), or "" for a member sent alone
     */
    static Cpr checkMember(String path, NewMember member, LocalDate today) {
        if (member == null) {
            throw new InvalidInputException(path.isEmpty() ? "member" : path, "Medlemmet mangler");
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        if (member.name() == null || member.name().isBlank()) {
            throw new InvalidInputException(prefix + "name", "Navn mangler");
        }
        if (member.role() == null) {
            throw new InvalidInputException(prefix + "role", "Rolle mangler");
        }
        Cpr cpr = parse(prefix + "cpr", member.cpr());
        if (cpr.dateOfBirth().isAfter(today)) {
            throw new InvalidInputException(prefix + "cpr", "CPR-nummerets fødselsdato ligger i fremtiden");
        }
        if (member.dateOfBirth() != null && !member.dateOfBirth().equals(cpr.dateOfBirth())) {
            throw new InvalidInputException(
                    prefix + "dateOfBirth", "Fødselsdatoen passer ikke med CPR-nummerets fødselsdato");
        }
        if (member.role() == MemberRole.CHILD && age(cpr.dateOfBirth(), today) >= ADULT_AGE) {
            throw new InvalidInputException(
                    prefix + "role", "Et barn skal være under 18 år; registrér en voksen ung som YOUNG_ADULT");
        }
        return cpr;
    }

    /**
     * Parents and guardians consent to the plan, and so do children and young people who have reached the age of own
     * consent that day ({@code tvaers.ages.own-consent}, 15 by law).
     */
    static boolean mayConsent(MemberRole role, LocalDate dateOfBirth, LocalDate on, LegalAges ages) {
        return role.isParental() || (role.isYoung() && ages.consentsHerself(dateOfBirth, on));
    }

    /** The refusal when a member may not consent, naming the configured age. */
    static String consentRefusal(LegalAges ages) {
        return "Kun forældre, værger og børn på " + ages.ownConsent()
                + " år eller derover kan give samtykke til planen";
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    static void notInFuture(LocalDate day, LocalDate today, String field, String what) {
        if (day != null && day.isAfter(today)) {
            throw new InvalidInputException(field, what + " ligger i fremtiden");
        }
    }

    private static Cpr parse(String field, String text) {
        try {
            return Cpr.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private CaseRules() {}
}
