package dk.tvaers.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The team chief's decision on support while the child investigation runs (urgent support) as a Danish letter (PDF) to
 * the parties, in the layout of every letter ({@link LetterPdf}, as the decision on support and the receipt to a
 * reporter): the decision, its reasons, the legal basis as configured, what happens next (the investigation goes on,
 * the follow-up of the support) and the appeal guidance. No CPR number.
 */
final class UrgentSupportLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    record Letter(
            String authority,
            String caseNumber,
            LocalDate decidedOn,
            List<String> parties,
            String support,
            String description,
            String reasons,
            String legalBasis,
            String followUp,
            String appealGuidance) {}

    static byte[] render(Letter l) {
        String decision = "Vi har besluttet, at familien får " + l.support() + " nu, mens den børnefaglige"
                + " undersøgelse af barnets forhold kører."
                + (l.description() == null ? "" : " Støtten er: " + sentence(l.description()));
        return new LetterPdf("Afgørelse om støtte under undersøgelsen, sag " + l.caseNumber())
                .line(l.authority(), LetterPdf.SMALL)
                .line("Sag " + l.caseNumber() + " · " + DATE.format(l.decidedOn()), LetterPdf.SMALL)
                .recipient("Til: " + (l.parties().isEmpty() ? "Sagens parter" : String.join(", ", l.parties())))
                .title("Afgørelse om støtte under undersøgelsen")
                .section("Afgørelse", decision)
                .section("Begrundelse", l.reasons())
                .section(
                        "Lovgrundlag",
                        "Afgørelsen er truffet efter " + nonBreaking(l.legalBasis()) + ", som giver kommunen mulighed"
                                + " for at iværksætte støtte, før undersøgelsen er afsluttet.")
                .section(
                        "Hvad sker der nu",
                        "Støtten iværksættes hurtigst muligt. Undersøgelsen fortsætter, og når den er afsluttet, tager"
                                + " vi stilling til, om støtten skal fortsætte, ændres eller ophøre. " + l.followUp())
                .section("Klagevejledning", l.appealGuidance())
                .finish(l.authority());
    }

    /** A text as a sentence: a full stop after it unless it ends in one. */
    private static String sentence(String text) {
        return text.matches("(?s).*[.!?]$") ? text : text + ".";
    }

    /** A paragraph label is not broken across lines ("§32, stk. 4"). */
    private static String nonBreaking(String label) {
        return label.replace(' ', '\u00a0');
    }

    private UrgentSupportLetterPdf() {}
}
