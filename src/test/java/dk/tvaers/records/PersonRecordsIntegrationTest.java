package dk.tvaers.records;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.referral.Families;
import dk.tvaers.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Records export (aktindsigt) on PostgreSQL: everything on one person, other persons redacted, for the DPO only. */
class PersonRecordsIntegrationTest extends PostgresIntegrationTest {

    static final String PARENT_CPR = Families.cpr(LocalDate.of(1975, 3, 12), 234);

    String youngAdultCpr;
    String childCpr;
    String caseNumber;
    long youngAdult;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void familyWithAJournal() {
        youngAdultCpr = Families.uniqueCpr(19);
        ResponseEntity<Map> created = as("mette")
                .postForEntity("/api/cases", Families.familyWithYoungAdult("Bispebjerg", youngAdultCpr), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseNumber = (String) created.getBody().get("caseNumber");
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + caseNumber, Map.class).get("members");
        youngAdult = members.stream()
                .filter(m -> m.get("name").equals("Yusuf Hassan"))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        childCpr = Families.cpr(Families.aged(9), 602);
        String text = "Hjemmebesøg: Amina Hassan og Adam fortalte, at Yusuf har fået arbejde. Adams CPR "
                + childCpr.replace("-", "") + " og Yusufs CPR " + youngAdultCpr + " er tjekket.";
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/journal",
                                Map.of(
                                        "kind",
                                        "NOTE",
                                        "authorRole",
                                        "coordinator",
                                        "entryDate",
                                        LocalDate.now().toString(),
                                        "text",
                                        text),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("mette")
                        .postForEntity(
                                "/api/cases/" + caseNumber + "/screenings",
                                Map.of(
                                        "memberId",
                                        youngAdult,
                                        "screenedOn",
                                        LocalDate.now().toString(),
                                        "scores",
                                        List.of(Map.of("domain", "EMPLOYMENT", "score", 4))),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theDataProtectionOfficerExportsEverythingOnThePersonWithOthersRedacted() {
        ResponseEntity<String> response =
                as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = response.getBody();
        assertThat(body)
                .contains("\"name\":\"Yusuf Hassan\"", youngAdultCpr, caseNumber, "Bispebjerg", "EMPLOYMENT")
                .contains("[udeladt] og [udeladt] fortalte, at Yusuf har fået arbejde")
                .contains("Yusufs CPR " + youngAdultCpr)
                // the registration task, from the engine's history
                .contains("Registrér familiens medlemmer", "coordinator")
                .doesNotContain("Amina", "Adam", PARENT_CPR, PARENT_CPR.replace("-", ""))
                .doesNotContain(childCpr, childCpr.replace("-", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheMethodsMeasuresOnThePerson() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        String childCpr = Families.uniqueCpr(11);
        String family = dk.tvaers.support.FamilyScenario.in("Valby")
                .member("Rikke Målesen", Families.uniqueCpr(41), "PARENT")
                .member("Sara Målesen", childCpr, "CHILD")
                .refer(this::as);
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + family, Map.class).get("members");
        long parent = idOf(members, "PARENT");
        long child = idOf(members, "CHILD");
        // the screening at intake with WHO-5, the SSP concern twice, and the plan saved twice (two versions)
        created(as("mette")
                .postForEntity(
                        "/api/cases/" + family + "/screenings",
                        Map.of(
                                "memberId", child,
                                "screenedOn", today.toString(),
                                "scores", List.of(Map.of("domain", "MENTAL_HEALTH", "score", 2)),
                                "who5", List.of(3, 2, 4, 1, 5)),
                        String.class));
        for (int daysAgo : List.of(20, 0)) {
            created(as("mette")
                    .postForEntity(
                            "/api/cases/" + family + "/ssp-concerns",
                            Map.of(
                                    "memberId",
                                    child,
                                    "assessedOn",
                                    today.minusDays(daysAgo).toString(),
                                    "level",
                                    daysAgo == 0 ? 2 : 3),
                            String.class));
        }
        for (String status : List.of("PLANNED", "IN_PROGRESS")) {
            assertThat(as("mette")
                            .exchange(
                                    "/api/cases/" + family + "/plan",
                                    org.springframework.http.HttpMethod.PUT,
                                    new org.springframework.http.HttpEntity<>(Map.of(
                                            "agreedOn",
                                            today.toString(),
                                            "goals",
                                            List.of(
                                                    Map.of(
                                                            "memberId",
                                                            child,
                                                            "administration",
                                                            "buf",
                                                            "description",
                                                            "Sara kommer i skole hver dag",
                                                            "status",
                                                            status),
                                                    Map.of(
                                                            "memberId", parent,
                                                            "administration", "bif",
                                                            "description", "Rikke Målesen søger job",
                                                            "status", "PLANNED")),
                                            "consents",
                                            List.of(Map.of("memberId", parent, "consentedOn", today.toString())))),
                                    String.class)
                            .getStatusCode()
                            .is2xxSuccessful())
                    .isTrue();
        }

        Map<String, Object> records = as("dorthe").getForObject("/api/persons/" + child + "/records", Map.class);
        Map<String, Object> theCase = ((List<Map<String, Object>>) records.get("familyCases"))
                .stream()
                        .filter(c -> family.equals(c.get("caseNumber")))
                        .findFirst()
                        .orElseThrow();
        // no visitation decided yet: the screening is the one at intake
        assertThat((List<Map<String, Object>>) theCase.get("screenings"))
                .singleElement()
                .satisfies(sc -> assertThat(sc)
                        .containsEntry("domain", "MENTAL_HEALTH")
                        .containsEntry("score", 2)
                        .containsEntry("atIntake", true));
        // WHO-5: the answers and the index, (3+2+4+1+5) × 4 = 60
        assertThat((List<Map<String, Object>>) theCase.get("who5"))
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .containsEntry("answers", List.of(3, 2, 4, 1, 5))
                        .containsEntry("index", 60));
        assertThat((List<Map<String, Object>>) theCase.get("sspConcerns"))
                .extracting(e -> e.get("level"), e -> e.get("recordedBy"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "mette"),
                        org.assertj.core.groups.Tuple.tuple(2, "mette"));
        assertThat((List<Map<String, Object>>) theCase.get("visitations")).isEmpty();
        // both plan versions, each with her own goal only (the parent's goal is not hers)
        List<Map<String, Object>> versions = (List<Map<String, Object>>) theCase.get("planVersions");
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2);
        assertThat(versions)
                .extracting(v -> ((List<Map<String, Object>>) v.get("goals"))
                        .stream().map(g -> g.get("status")).toList())
                .containsExactly(List.of("PLANNED"), List.of("IN_PROGRESS"));
        assertThat(records.toString()).doesNotContain("Rikke", "søger job");

        // the young adult's course: enrolment, drop-out, offences (charged and prosecuted apart), assessments
        String course = courses.open(new dk.tvaers.adult.NewAdultCourse(
                        "Yusuf Hassan",
                        youngAdultCpr,
                        dk.tvaers.adult.AdultReferralSource.POLICE_SSP,
                        null,
                        null,
                        null))
                .getCourseNumber();
        measures.enrol(course);
        measures.addOffence(
                course, new dk.tvaers.adult.NewOffence(dk.tvaers.adult.OffenceKind.CHARGED, today), "henrik");
        measures.addOffence(
                course, new dk.tvaers.adult.NewOffence(dk.tvaers.adult.OffenceKind.PROSECUTED, today), "henrik");
        measures.assess(
                course, new dk.tvaers.adult.NewAssessment(true, dk.tvaers.adult.MovementReason.JOB, today), "henrik");
        measures.dropOut(course, "henrik");
        Map<String, Object> adult = ((List<Map<String, Object>>) as("dorthe")
                        .getForObject("/api/persons/" + youngAdult + "/records", Map.class)
                        .get("adultCourses"))
                .stream()
                        .filter(c -> course.equals(c.get("courseNumber")))
                        .findFirst()
                        .orElseThrow();
        assertThat(adult.get("enrolledAt")).isNotNull();
        assertThat(adult.get("droppedOutAt")).isNotNull();
        assertThat((List<Map<String, Object>>) adult.get("offences"))
                .extracting(o -> o.get("kind"))
                .containsExactly("CHARGED", "PROSECUTED");
        assertThat((List<Map<String, Object>>) adult.get("assessments"))
                .singleElement()
                .satisfies(a -> assertThat(a)
                        .containsEntry("professional", "henrik")
                        .containsEntry("significantPositive", true)
                        .containsEntry("movementReason", "JOB"));

        // and the PDF says the same
        assertThat(dk.tvaers.support.Pdfs.text(
                        as("dorthe").getForObject("/api/persons/" + child + "/records.pdf", byte[].class)))
                .contains("WHO-5 Trivselsindeks", "indeks 60 af 100", "SSP-bekymring", "Handleplanens versioner")
                .contains("screening ved indskrivningen")
                .doesNotContain("Rikke");
        assertThat(dk.tvaers.support.Pdfs.text(
                        as("dorthe").getForObject("/api/persons/" + youngAdult + "/records.pdf", byte[].class)))
                .contains("Lovovertrædelser under forløbet", "tiltalt", "sigtet", "Faldet fra");
    }

    @org.springframework.beans.factory.annotation.Autowired
    dk.tvaers.adult.AdultCourseService courses;

    @org.springframework.beans.factory.annotation.Autowired
    dk.tvaers.adult.AdultMeasuresService measures;

    private static long idOf(List<Map<String, Object>> members, String role) {
        return members.stream()
                .filter(m -> role.equals(m.get("role")))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static void created(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void thePdfSaysTheSameWithOthersRedacted() throws Exception {
        ResponseEntity<byte[]> response =
                as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records.pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(dk.tvaers.support.Pdfs.text(response.getBody()))
                .contains("Tværs – aktindsigt", "Yusuf Hassan", youngAdultCpr, "Familiesag " + caseNumber)
                .doesNotContain("Amina", "Adam", PARENT_CPR, childCpr.replace("-", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheReportsOfConcernAboutThePersonWithOthersRedacted() throws Exception {
        Map<String, Object> report = Map.of(
                "reporterKind", "PROFESSIONAL",
                "reporterName", "Lærer Gudmandsen",
                "reporterOrganisation", "Bispebjerg Skole",
                "reporterRole", "Klasselærer",
                "reporterContact", "gudmandsen@skole.example",
                "childName", "Yusuf Hassan",
                "childCpr", youngAdultCpr,
                "content", "Yusuf kommer ikke i skole; Amina Hassan svarer ikke på beskeder.");
        ResponseEntity<Map> created = as("sofie").postForEntity("/api/concerns", report, Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) created.getBody().get("reportNumber");

        Map<String, Object> records = as("dorthe").getForObject("/api/persons/" + youngAdult + "/records", Map.class);
        List<Map<String, Object>> reports = (List<Map<String, Object>>) records.get("reportsOfConcern");
        assertThat(reports)
                .filteredOn(r -> number.equals(r.get("reportNumber")))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("content", "Yusuf kommer ikke i skole; [udeladt] svarer ikke på beskeder.")
                        .containsEntry("reporter", "Fagperson: Klasselærer, Bispebjerg Skole")
                        .containsEntry("familyCaseNumber", caseNumber));

        byte[] pdf = as("dorthe").getForObject("/api/persons/" + youngAdult + "/records.pdf", byte[].class);
        assertThat(dk.tvaers.support.Pdfs.text(pdf))
                .contains("Underretninger", number, "Bispebjerg Skole")
                .doesNotContain("Amina");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheUrgentSupportDecisionsAndTheirLettersWithOthersRedacted() throws Exception {
        String family = dk.tvaers.support.FamilyScenario.in("Valby")
                .member("Gitte Akutsen", Families.uniqueCpr(41), "PARENT")
                .member("Mikkel Akutsen", Families.uniqueCpr(13), "CHILD")
                .registered(this::as, engine)
                .caseNumber();
        List<Map<String, Object>> members = (List<Map<String, Object>>)
                as("mette").getForObject("/api/cases/" + family, Map.class).get("members");
        long parent = idOf(members, "PARENT");
        long child = idOf(members, "CHILD");
        assertThat(as("sofie")
                        .postForEntity("/api/cases/" + family + "/urgent-support", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(dk.tvaers.support.WorkspaceSession.login(http, "lars")
                        .post(
                                "/workspace/cases/" + family + "/urgent-support",
                                Map.of(
                                        "support",
                                        "MENTOR",
                                        "description",
                                        "En mentor for Mikkel to gange om ugen",
                                        "reasons",
                                        "Mikkel er ikke i skole, og Gitte Akutsen kan ikke få ham af sted."))
                        .getStatusCode()
                        .value())
                .isIn(200, 302);

        // the child's export: the decision, who and when, the letter's text; his mother redacted everywhere
        Map<String, Object> records = as("dorthe").getForObject("/api/persons/" + child + "/records", Map.class);
        Map<String, Object> decision = urgentSupportDecisionOf(records, family);
        assertThat(decision)
                .containsEntry("support", "MENTOR")
                .containsEntry("description", "En mentor for Mikkel to gange om ugen")
                .containsEntry("reasons", "Mikkel er ikke i skole, og [udeladt] kan ikke få ham af sted.")
                .containsEntry("legalBasis", "Barnets Lov §32, stk. 4")
                .containsEntry("decidedBy", "lars");
        assertThat(decision.get("decidedAt")).isNotNull();
        assertThat((String) decision.get("appealGuidance")).contains("Ankestyrelsen");
        assertThat((String) decision.get("letter"))
                .contains(
                        "Afgørelse om støtte under undersøgelsen",
                        "Til: [udeladt] (forælder), Mikkel Akutsen",
                        "en mentor nu",
                        "Barnets Lov §32, stk. 4",
                        "Klagevejledning");
        assertThat(records.toString()).doesNotContain("Gitte");
        byte[] pdf = as("dorthe").getForObject("/api/persons/" + child + "/records.pdf", byte[].class);
        assertThat(dk.tvaers.support.Pdfs.text(pdf).replaceAll("[\\s\\u00a0]+", " "))
                .contains(
                        "Afgørelse om akut støtte under undersøgelsen",
                        "Mentor: En mentor for Mikkel",
                        "Truffet",
                        "af lars",
                        "Afgørelsesbrevet",
                        "[udeladt] kan ikke få ham af sted")
                .doesNotContain("Gitte");

        // the mother's export: her own name stays, her son's goes
        Map<String, Object> mothers = as("dorthe").getForObject("/api/persons/" + parent + "/records", Map.class);
        assertThat(urgentSupportDecisionOf(mothers, family))
                .containsEntry("reasons", "[udeladt] er ikke i skole, og Gitte Akutsen kan ikke få ham af sted.")
                .satisfies(d -> assertThat((String) d.get("letter")).contains("Til: Gitte Akutsen (forælder)"));
        assertThat(mothers.toString()).doesNotContain("Mikkel");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> urgentSupportDecisionOf(Map<String, Object> records, String caseNumber) {
        return ((List<Map<String, Object>>) records.get("familyCases"))
                .stream()
                        .filter(c -> caseNumber.equals(c.get("caseNumber")))
                        .flatMap(c -> ((List<Map<String, Object>>) c.get("urgentSupportDecisions")).stream())
                        .collect(java.util.stream.Collectors.collectingAndThen(
                                java.util.stream.Collectors.toList(), list -> {
                                    assertThat(list).hasSize(1);
                                    return list.get(0);
                                }));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheDataProtectionOfficerMayExportAndEveryExportIsLogged() {
        for (String user : List.of("mette", "henrik", "birgitte", "admin")) {
            ResponseEntity<Map> denied = as(user).getForEntity("/api/persons/" + youngAdult + "/records", Map.class);
            assertThat(denied.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(denied.getBody()).doesNotContainKey("person");
        }
        as("dorthe").getForEntity("/api/persons/" + youngAdult + "/records", String.class);

        List<Map<String, Object>> log =
                as("dorthe").getForObject("/api/cases/" + caseNumber + "/access-log", List.class);
        assertThat(log.stream().map(e -> e.get("userId") + " " + e.get("view") + " " + e.get("outcome")))
                .contains("dorthe records-export GRANTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownOrMalformedPersonIsRefused() {
        ResponseEntity<Map> unknown = as("dorthe").getForEntity("/api/persons/999999999/records", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("field", "personId");

        ResponseEntity<Map> malformed = as("dorthe").getForEntity("/api/persons/abc/records", Map.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsEntry("field", "personId");
    }
}
