package dk.tvaers.board;

import java.util.List;

/** A page of the board, with the total number of cases the filters match. */
public record BoardPage(List<BoardRow> rows, long total, int page, int size, boolean figuresOnly) {}
