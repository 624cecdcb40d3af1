package dk.tvaers.concern;

import dk.tvaers.family.LetterPdf;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The receipt to a professional who reported a concern, as a Danish letter (PDF) in the layout of every letter
 * ({@link LetterPdf}, as the decision on support): who sends it, to whom, the report's number and time of receipt, the child, the legal
 * basis and the municipality's duty of confidentiality. No CPR number and nothing of the assessment.
 */
final class ReceiptLetterPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm");

    record Letter(
            String authority,
            String reportNumber,
            LocalDate writtenOn,
            String reporterName,
            String reporterRole,
            String reporterOrganisation,
            String reporterContact,
            ZonedDateTime receivedAt,
            String childName,
            String legalBasis) {}

    static byte[] render(Letter l) {
        StringBuilder to = new StringBuilder("Til: ");
        to.append(l.reporterName() == null ? "Underretteren" : l.reporterName());
        if (l.reporterRole() != null) {
            to.append(", ").append(l.reporterRole());
        }
        to.append(", ").append(l.reporterOrganisation());
        return new LetterPdf("Kvittering for underretning " + l.reportNumber())
                .line(l.authority(), LetterPdf.SMALL)
                .line("Underretning " + l.reportNumber() + " · " + DATE.format(l.writtenOn()), LetterPdf.SMALL)
                .recipient(to.toString())
                .line(l.reporterContact(), LetterPdf.BODY)
                .title("Kvittering for modtagelse af din underretning")
                .line(
                        "Vi bekræfter, at vi " + TIME.format(l.receivedAt()) + " har modtaget din underretning om "
                                + l.childName() + ". Underretningen er registreret med nummeret " + l.reportNumber()
                                + "; oplys det, hvis du kontakter os om den.",
                        LetterPdf.BODY)
                .section(
                        "Hvad sker der nu",
                        "Kommunen vurderer alle underretninger inden for 24 timer. Vi vurderer, om barnet eller den"
                                + " unge har brug for støtte, og tager kontakt til familien, hvis der er grund til det.")
                .section(
                        "Lovgrundlag",
                        "Som fagperson med skærpet underretningspligt får du denne kvittering inden for 6 hverdage"
                                + " efter " + l.legalBasis().replace(' ', '\u00a0') + ".")
                .section(
                        "Tavshedspligt",
                        "Kommunen har tavshedspligt om barnets og familiens forhold og kan derfor som udgangspunkt"
                                + " ikke fortælle dig, hvad der videre sker i sagen. Får du ny viden om barnet, skal du"
                                + " underrette igen.")
                .finish(l.authority());
    }

    private ReceiptLetterPdf() {}
}
