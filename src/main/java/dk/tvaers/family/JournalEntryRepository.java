package dk.tvaers.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {
    List<JournalEntry> findByCaseIdOrderByEntryDateAscIdAsc(Long caseId);
}
