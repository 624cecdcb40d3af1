package dk.tvaers.family;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * The layout every Danish letter of Tværs shares (the decision on support, the receipt to a professional reporter):
 * an A4 page with the sender and reference in small type, a title, sections with a heading, and the signature. A letter
 * is written between {@link #LetterPdf(String)} and {@link #finish(String)}.
 */
public final class LetterPdf {

    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    /** Opens a letter whose PDF document title is {@code documentTitle}. */
    public LetterPdf(String documentTitle) {
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.open();
    }

    /** A paragraph as it is given. */
    public LetterPdf add(Paragraph paragraph) {
        document.add(paragraph);
        return this;
    }

    /** A line of text in a font. */
    public LetterPdf line(String text, Font font) {
        return add(new Paragraph(text, font));
    }

    /** The recipient, set apart from the sender above it. */
    public LetterPdf recipient(String text) {
        Paragraph to = new Paragraph(text, BODY);
        to.setSpacingBefore(12);
        return add(to);
    }

    /** The letter's title. */
    public LetterPdf title(String text) {
        Paragraph head = new Paragraph(text, TITLE);
        head.setSpacingBefore(18);
        head.setSpacingAfter(6);
        return add(head);
    }

    /** A heading with its text. */
    public LetterPdf section(String heading, String text) {
        Paragraph h = new Paragraph(heading, HEADING);
        h.setSpacingBefore(10);
        document.add(h);
        return line(text, BODY);
    }

    /** Signs with the authority and closes the letter: its PDF. */
    public byte[] finish(String authority) {
        Paragraph sign = new Paragraph("Med venlig hilsen\n" + authority, BODY);
        sign.setSpacingBefore(18);
        document.add(sign);
        document.close();
        return out.toByteArray();
    }
}
