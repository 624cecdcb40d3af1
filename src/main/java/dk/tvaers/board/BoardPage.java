package dk.tvaers.board;

import java.util.List;

/**
 * A page of the board, with the total number of cases the filters match.
 *
 * @param summary the total in Danish words with the right plural: "1 kørende sag", "2 kørende sager"
 */
public record BoardPage(List<BoardRow> rows, long total, int page, int size, boolean figuresOnly, String summary) {

    public BoardPage(List<BoardRow> rows, long total, int page, int size, boolean figuresOnly) {
        this(rows, total, page, size, figuresOnly, summary(total));
    }

    /** "0 kørende sager", "1 kørende sag", "2 kørende sager". */
    static String summary(long total) {
        return total + (total == 1 ? " kørende sag" : " kørende sager");
    }
}
