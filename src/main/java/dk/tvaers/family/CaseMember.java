package dk.tvaers.family;

import dk.tvaers.kernel.Cpr;
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

/**
 * A member of the family. The CPR number is stored here and nowhere else; it leaves this class only masked. Once the
 * case is anonymised (retention) the member is a stub: name, CPR number, date of birth and contacts are null.
 */
@Entity
@Table(name = "case_member")
class CaseMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_member_seq")
    @SequenceGenerator(name = "case_member_seq", sequenceName = "case_member_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(length = 200)
    private String name;

    @Column(length = 11)
    private String cpr;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    @Column(length = 1000)
    private String contacts;

    protected CaseMember() {}

    CaseMember(Long caseId, String name, Cpr cpr, MemberRole role, String contacts) {
        this.caseId = caseId;
        this.name = name;
        this.cpr = cpr.value();
        this.dateOfBirth = cpr.dateOfBirth();
        this.role = role;
        this.contacts = contacts;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    String getName() {
        return name;
    }

    /** The CPR number; null once anonymised. */
    Cpr getCpr() {
        return cpr == null ? null : Cpr.parse(cpr);
    }

    boolean isAnonymised() {
        return cpr == null;
    }

    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    MemberRole getRole() {
        return role;
    }

    String getContacts() {
        return contacts;
    }

    /** Corrects who the member is: name, CPR number (and so the date of birth), role and contacts. */
    void correct(String name, Cpr cpr, MemberRole role, String contacts) {
        this.name = name;
        this.cpr = cpr.value();
        this.dateOfBirth = cpr.dateOfBirth();
        this.role = role;
        this.contacts = contacts;
    }

    /** The age on the day; null once anonymised. */
    Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : CaseRules.age(dateOfBirth, day);
    }
}
