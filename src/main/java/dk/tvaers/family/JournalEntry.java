package dk.tvaers.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A journal note or the minutes of a meeting, written by a coordinator, mentor or caseworker. */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JournalKind kind;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "author_role", nullable = false, length = 40)
    private String authorRole;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(nullable = false, length = 8000)
    private String text;

    @Column(length = 2000)
    private String attendance;

    protected JournalEntry() {}

    JournalEntry(Long caseId, NewJournalEntry entry, String author) {
        this.caseId = caseId;
        this.kind = entry.kind();
        this.author = author;
        this.authorRole = entry.authorRole();
        this.entryDate = entry.entryDate();
        this.text = entry.text();
        this.attendance = entry.attendance();
    }

    CaseRecordView.Journal view() {
        return new CaseRecordView.Journal(id, kind, author, authorRole, entryDate, text, attendance);
    }
}
