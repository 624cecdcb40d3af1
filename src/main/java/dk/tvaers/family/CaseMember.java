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

/** A member of the family. The CPR number is stored here and nowhere else; it leaves this class only masked. */
@Entity
@Table(name = "case_member")
class CaseMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_member_seq")
    @SequenceGenerator(name = "case_member_seq", sequenceName = "case_member_seq", allocationSize = 1)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 11)
    private String cpr;

    @Column(name = "date_of_birth", nullable = false)
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

    Cpr getCpr() {
        return Cpr.parse(cpr);
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

    int ageOn(LocalDate day) {
        return CaseRules.age(dateOfBirth, day);
    }
}
