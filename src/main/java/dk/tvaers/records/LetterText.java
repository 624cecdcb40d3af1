package dk.tvaers.records;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The text of a letter Tværs stored as a PDF, for the records export: page after page, its white space (line breaks,
 * the labels' non-breaking spaces) as single spaces, so a name broken across two lines is still one name for the
 * {@link Redactor}.
 */
final class LetterText {

    private LetterText() {}

    /** The letter's text; null when no letter is stored. */
    static String of(byte[] pdf) {
        if (pdf == null) {
            return null;
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append(' ');
                }
                return text.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Brevet kunne ikke læses", e);
        }
    }
}
