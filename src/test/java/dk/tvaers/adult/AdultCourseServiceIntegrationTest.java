package dk.tvaers.adult;

import static dk.tvaers.referral.Families.cpr;
import static dk.tvaers.referral.Families.familyWithYoungAdult;
import static dk.tvaers.referral.Families.uniqueCpr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.tvaers.kernel.CaseStatus;
import dk.tvaers.kernel.InvalidInputException;
import dk.tvaers.kernel.NotFoundException;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The adult course record on PostgreSQL: opening and its rules, the family link, phases, mentor, discharge. */
class AdultCourseServiceIntegrationTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AdultCourseService courses;

    @Autowired
    AdultMeasuresService measures;

    @Autowired
    DataSource dataSource;

    @Test
    void opensACourseInKlarWithACourseNumber() {
        String cpr = uniqueCpr(22);

        AdultCourse course = courses.open(
                new NewAdultCourse(" Mads Nielsen ", cpr, AdultReferralSource.JOBCENTER, null, null, "Valby"));

        assertThat(course.getCourseNumber()).matches("KPS-\\d{4}-\\d{5}");
        assertThat(course.getCourseNumber()).startsWith("KPS-" + today().getYear() + "-");
        assertThat(course.getPersonName()).isEqualTo("Mads Nielsen");
        assertThat(course.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(course.getPhase()).isEqualTo(AdultPhase.KLAR);
        assertThat(course.getCpr()).hasToString(cpr.substring(0, 6) + "-xxxx");
        AdultCourseView view = courses.view(course.getCourseNumber());
        assertThat(view.cpr()).isEqualTo(cpr.substring(0, 6) + "-xxxx");
        assertThat(view.age()).isEqualTo(22);
        assertThat(view.referralSource()).isEqualTo(AdultReferralSource.JOBCENTER);
        assertThat(view.familyCaseNumber()).isNull();
        assertThat(view.district()).isEqualTo("Valby");
        assertThat(view.phases()).extracting(AdultCourseView.PhaseStart::phase).containsExactly(AdultPhase.KLAR);
        assertThat(view.discharge()).isNull();
    }

    @Test
    void theAgeLimitsAre18And30() {
        assertRefused(() -> open(uniqueCpr(17), AdultReferralSource.SELF), "cpr");
        assertRefused(() -> open(uniqueCpr(31), AdultReferralSource.SELF), "cpr");
        assertRefused(() -> open(cpr(today().plusDays(30).minusYears(100), 4321), AdultReferralSource.SELF), "cpr");

        assertThat(open(uniqueCpr(18), AdultReferralSource.SELF).getPhase()).isEqualTo(AdultPhase.KLAR);
        assertThat(open(uniqueCpr(30), AdultReferralSource.SELF).getPhase()).isEqualTo(AdultPhase.KLAR);
    }

    @Test
    void aReferralMustNameThePersonAndTheSource() {
        assertRefused(
                () -> courses.open(new NewAdultCourse(" ", uniqueCpr(20), AdultReferralSource.SELF, null, null, null)),
                "name");
        assertRefused(
                () -> courses.open(
                        new NewAdultCourse("a".repeat(201), uniqueCpr(20), AdultReferralSource.SELF, null, null, null)),
                "name");
        assertRefused(
                () -> courses.open(
                        new NewAdultCourse("Navn", "311399-1234", AdultReferralSource.SELF, null, null, null)),
                "cpr");
        assertRefused(
                () -> courses.open(new NewAdultCourse("Navn", null, AdultReferralSource.SELF, null, null, null)),
                "cpr");
        assertRefused(
                () -> courses.open(new NewAdultCourse("Navn", uniqueCpr(20), null, null, null, null)),
                "referralSource");
        assertRefused(
                () -> courses.open(
                        new NewAdultCourse("Navn", uniqueCpr(20), AdultReferralSource.SELF, null, null, "Atlantis")),
                "district");
    }

    @Test
    void aPersonHasAtMostOneOpenCourse() {
        String cpr = uniqueCpr(25);
        AdultCourse first = open(cpr, AdultReferralSource.POLICE_SSP);

        assertRefused(() -> open(cpr, AdultReferralSource.PRISON_PROBATION), "cpr");

        courses.discharge(first.getCourseNumber(), AdultOutcome.DROPPED_OUT, false, null);
        AdultCourse second = open(cpr, AdultReferralSource.PRISON_PROBATION);
        assertThat(second.getCourseNumber()).isNotEqualTo(first.getCourseNumber());

        // the database refuses a second open course too (as a concurrent referral would meet it)
        assertThatThrownBy(() -> new JdbcTemplate(dataSource)
                        .update(
                                "update adult_course set status = 'OPEN', open_cpr = cpr, discharged_on = null,"
                                        + " outcome = null, significant_positive_movement = null"
                                        + " where course_number = ?",
                                first.getCourseNumber()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCourseMayComeFromAFamilyCaseAndOneOfItsMembers() {
        String youngAdult = uniqueCpr(19);
        JsonNode family = familyCase(youngAdult);
        String caseNumber = family.get("caseNumber").asText();
        long memberId = family.at("/members/1").get("id").asLong();
        long parentId = family.at("/members/0").get("id").asLong();
        long otherFamilysMember =
                familyCase(uniqueCpr(20)).at("/members/1").get("id").asLong();

        assertRefused(() -> courses.open(familyCourse(youngAdult, "TV-1999-99999", null)), "familyCaseNumber");
        assertRefused(() -> courses.open(familyCourse(youngAdult, caseNumber, otherFamilysMember)), "memberId");
        assertRefused(() -> courses.open(familyCourse(youngAdult, caseNumber, parentId)), "cpr");
        assertRefused(() -> courses.open(familyCourse(youngAdult, null, memberId)), "familyCaseNumber");
        assertRefused(() -> courses.open(familyCourse(youngAdult, null, null)), "familyCaseNumber");

        AdultCourse course = courses.open(familyCourse(youngAdult, caseNumber, memberId));

        AdultCourseView view = courses.view(course.getCourseNumber());
        assertThat(view.familyCaseNumber()).isEqualTo(caseNumber);
        assertThat(view.memberId()).isEqualTo(memberId);
        assertThat(view.referralSource()).isEqualTo(AdultReferralSource.FAMILY_CASE);
    }

    @Test
    void aMemberWhoTurned18IsCarriedOverFromTheFamilyCase() {
        String youngAdult = uniqueCpr(18);
        JsonNode family = familyCase(youngAdult);
        String caseNumber = family.get("caseNumber").asText();
        long memberId = family.at("/members/1").get("id").asLong();

        String courseNumber = courses.openFromFamilyCase(caseNumber, memberId);

        AdultCourseView view = courses.view(courseNumber);
        assertThat(view.name()).isEqualTo("Yusuf Hassan");
        assertThat(view.cpr()).isEqualTo(youngAdult.substring(0, 6) + "-xxxx");
        assertThat(view.referralSource()).isEqualTo(AdultReferralSource.FAMILY_CASE);
        assertThat(view.familyCaseNumber()).isEqualTo(caseNumber);
        assertThat(view.memberId()).isEqualTo(memberId);
        assertThat(view.district()).isEqualTo("Nørrebro");
        // a retried delegate opens nothing twice
        assertThat(courses.openFromFamilyCase(caseNumber, memberId)).isEqualTo(courseNumber);
        assertRefused(() -> courses.openFromFamilyCase(caseNumber, -1L), "memberId");
        // the family's 9-year-old has not turned 18
        long child = family.at("/members/2/id").asLong();
        assertRefused(() -> courses.openFromFamilyCase(caseNumber, child), "cpr");
        assertThatThrownBy(() -> courses.openFromFamilyCase("TV-1999-99999", memberId))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCourseRunsThroughItsPhasesWithAMentor() {
        String courseNumber = open(uniqueCpr(24), AdultReferralSource.JOBCENTER).getCourseNumber();

        courses.assignMentor(courseNumber, "ahmed");
        courses.enterPhase(courseNumber, AdultPhase.KLAR);
        courses.enterPhase(courseNumber, AdultPhase.PARAT);
        courses.enterPhase(courseNumber, AdultPhase.PARAT);
        courses.enterPhase(courseNumber, AdultPhase.START);

        AdultCourseView view = courses.view(courseNumber);
        assertThat(view.mentor()).isEqualTo("ahmed");
        assertThat(view.phase()).isEqualTo(AdultPhase.START);
        assertThat(view.phases())
                .extracting(AdultCourseView.PhaseStart::phase)
                .containsExactly(AdultPhase.KLAR, AdultPhase.PARAT, AdultPhase.START);
        assertRefused(() -> courses.assignMentor(courseNumber, " "), "mentor");
        assertRefused(() -> courses.enterPhase(courseNumber, AdultPhase.DISCHARGED), "phase");
        assertRefused(() -> courses.enterPhase(courseNumber, null), "phase");
        assertThatThrownBy(() -> courses.enterPhase("KPS-1999-99999", AdultPhase.PARAT))
                .isInstanceOfSatisfying(AdultCourseNotFoundException.class, e -> assertThat(e.field())
                        .isEqualTo("courseNumber"));
    }

    @Test
    void dischargeRecordsTheOutcomeAndTheJudgedMovement() {
        String courseNumber =
                open(uniqueCpr(27), AdultReferralSource.PRISON_PROBATION).getCourseNumber();
        courses.enterPhase(courseNumber, AdultPhase.PARAT);

        assertRefused(() -> courses.discharge(courseNumber, AdultOutcome.COMPLETED, true, null), "movementReason");
        assertRefused(
                () -> courses.discharge(courseNumber, AdultOutcome.DROPPED_OUT, false, MovementReason.JOB),
                "movementReason");
        assertRefused(() -> courses.discharge(courseNumber, null, false, null), "outcome");

        courses.discharge(courseNumber, AdultOutcome.MOVED_TO_EDUCATION, true, MovementReason.STARTED_EDUCATION);

        AdultCourseView view = courses.view(courseNumber);
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.phase()).isEqualTo(AdultPhase.DISCHARGED);
        assertThat(view.phases())
                .extracting(AdultCourseView.PhaseStart::phase)
                .containsExactly(AdultPhase.KLAR, AdultPhase.PARAT, AdultPhase.DISCHARGED);
        assertThat(view.discharge())
                .isEqualTo(new AdultCourseView.Discharge(
                        today(), AdultOutcome.MOVED_TO_EDUCATION, true, MovementReason.STARTED_EDUCATION));
        assertRefused(() -> courses.discharge(courseNumber, AdultOutcome.COMPLETED, false, null), "courseNumber");
        assertRefused(() -> courses.enterPhase(courseNumber, AdultPhase.START), "phase");
        assertRefused(() -> courses.assignMentor(courseNumber, "ahmed"), "mentor");
    }

    @Test
    void theOutcomeReportCountsTheParticipantsEnrolledInThePeriod() throws Exception {
        List<AdultOutcome> outcomes = List.of(
                AdultOutcome.COMPLETED,
                AdultOutcome.MOVED_TO_EMPLOYMENT,
                AdultOutcome.MOVED_TO_EDUCATION,
                AdultOutcome.DROPPED_OUT);
        for (AdultOutcome outcome : outcomes) {
            String courseNumber = open(uniqueCpr(21), AdultReferralSource.SELF).getCourseNumber();
            measures.enrol(courseNumber);
            if (outcome == AdultOutcome.MOVED_TO_EDUCATION) {
                // charged, then prosecuted while enrolled: events of the course, whatever its outcome
                measures.addOffence(courseNumber, new NewOffence(OffenceKind.CHARGED, today()), "karen");
                measures.addOffence(courseNumber, new NewOffence(OffenceKind.PROSECUTED, today()), "karen");
                // "sigtet" is no discharge outcome (issue 15): refused, the course stays open
                assertRefused(() -> courses.discharge(courseNumber, AdultOutcome.CHARGED, false, null), "outcome");
                assertThat(courses.view(courseNumber).discharge()).isNull();
            }
            boolean moved = outcome.completedOrMovedOn();
            courses.discharge(courseNumber, outcome, moved, moved ? MovementReason.JOB : null);
            if (outcome == AdultOutcome.DROPPED_OUT) {
                measures.dropOutAtDischarge(courseNumber);
            }
            measures.assessAtDischarge(courseNumber, moved, moved ? MovementReason.JOB : null, "karen");
        }
        LocalDate from = today().minusDays(1);
        LocalDate to = today().plusDays(1);

        ResponseEntity<String> response =
                as("birgitte").getForEntity("/api/outcomes/adult-path?from={from}&to={to}", String.class, from, to);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode report = JSON.readTree(response.getBody());
        assertThat(report.get("from").asText()).isEqualTo(from.toString());
        assertThat(report.get("to").asText()).isEqualTo(to.toString());
        assertThat(report.get("enrolled").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(report.get("discharged").asLong()).isGreaterThanOrEqualTo(4);
        for (AdultOutcome outcome : outcomes) {
            assertThat(report.at("/outcomes/" + outcome.name()).asLong()).isGreaterThanOrEqualTo(1);
        }
        JsonNode criteria = report.get("criteria");
        assertThat(criteria.at("/completedOrMovedOn/goal").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(criteria.at("/completedOrMovedOn/direction").asText()).isEqualTo("AT_LEAST");
        assertThat(criteria.at("/completedOrMovedOn/base").asLong())
                .isEqualTo(report.get("enrolled").asLong());
        assertThat(criteria.at("/prosecutedWhileEnrolled/goal").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(criteria.at("/prosecutedWhileEnrolled/direction").asText()).isEqualTo("AT_MOST");
        assertThat(criteria.at("/prosecutedWhileEnrolled/count").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(criteria.at("/prosecutedWhileEnrolled/method").asText()).contains("tiltale");
        assertThat(criteria.at("/significantPositiveMovement/goal").decimalValue())
                .isEqualByComparingTo("0.60");
        assertThat(criteria.at("/significantPositiveMovement/share").isNumber()).isTrue();
        assertThat(criteria.at("/completedOrMovedOn/met").isBoolean()).isTrue();
        assertThat(report.get("droppedOutInPeriod").asLong()).isGreaterThanOrEqualTo(1);

        // a period without enrolments: shares null, nothing met
        JsonNode empty = JSON.readTree(
                as("birgitte").getForObject("/api/outcomes/adult-path?from=1990-01-01&to=1990-12-31", String.class));
        assertThat(empty.get("enrolled").asLong()).isZero();
        assertThat(empty.at("/criteria/completedOrMovedOn/share").isNull()).isTrue();
        assertThat(empty.at("/criteria/completedOrMovedOn/met").asBoolean()).isFalse();
        assertRefused(() -> measures.outcomes(to, from), "from");
    }

    @Test
    void theCourseIsReadWithTheCprNumberMasked() throws Exception {
        String cpr = uniqueCpr(23);
        String courseNumber = open(cpr, AdultReferralSource.JOBCENTER).getCourseNumber();

        // the team lead sees every course; the course has no task yet for anyone else to have worked on
        ResponseEntity<String> response = as("henrik").getForEntity("/api/adult-courses/" + courseNumber, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody())
                .doesNotContain(cpr, cpr.replace("-", ""))
                .contains(cpr.substring(0, 6) + "-xxxx");
        JsonNode view = JSON.readTree(response.getBody());
        assertThat(view.get("phase").asText()).isEqualTo("KLAR");
        assertThat(view.get("age").asInt()).isEqualTo(23);

        ResponseEntity<String> missing = as("henrik").getForEntity("/api/adult-courses/KPS-1999-99999", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(missing.getBody()).get("field").asText()).isEqualTo("courseNumber");
    }

    private AdultCourse open(String cpr, AdultReferralSource source) {
        return courses.open(new NewAdultCourse("Ung Voksen", cpr, source, null, null, null));
    }

    private static NewAdultCourse familyCourse(String cpr, String caseNumber, Long memberId) {
        return new NewAdultCourse("Yusuf Hassan", cpr, AdultReferralSource.FAMILY_CASE, caseNumber, memberId, null);
    }

    /** A family case through the API: a parent (member 0), the young adult (member 1) and a child. */
    private JsonNode familyCase(String youngAdult) {
        ResponseEntity<String> created =
                as("mette").postForEntity("/api/cases", familyWithYoungAdult("Nørrebro", youngAdult), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            return JSON.readTree(created.getBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }
}
