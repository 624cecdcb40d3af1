package dk.tvaers.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.tvaers.access.AccessLog;
import dk.tvaers.access.AccessLogEntry;
import dk.tvaers.access.RecordType;
import dk.tvaers.support.FamilyScenario;
import dk.tvaers.support.PostgresIntegrationTest;
import dk.tvaers.support.WorkspaceSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case workspace through real HTTP on PostgreSQL, logged in as the Camunda webapps log in: each screen's page and
 * form, a write that lands, and the refusals (another administration, no login, no CSRF token) that change nothing.
 */
class WorkspaceIntegrationTest extends PostgresIntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(4100);

    @Autowired
    AccessLog accessLog;

    @Autowired
    ProcessEngine engine;

    @Autowired
    dk.tvaers.referral.ReferralProperties referrals;

    @Autowired
    dk.tvaers.security.LoginThrottle loginThrottle;

    // ---- overview and members

    @Test
    void theCoordinatorSeesTheOverviewAndRegistersAMemberWhoseCprIsShownMasked() {
        String child = childCpr(10);
        String caseNumber = family(child);
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");

        ResponseEntity<String> page = mette.get("/workspace/cases/" + caseNumber);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("Sag " + caseNumber, "Familiens medlemmer", "Anna Hansen", "Barn (under 18 år)", "10 år")
                .contains(child.substring(0, 6) + "-xxxx")
                .doesNotContain(child)
                .contains("Henvisning og bekymring", "Fravær", "Skolen", "Valby")
                .contains("Lovens frist for den børnefaglige undersøgelse")
                .contains(DateTimeFormatter.ofPattern("d.M.yyyy")
                        .format(LocalDate.now().minusDays(2).plusMonths(4)))
                .doesNotContain("PARENT", "CHILD\"");

        String sister = childCpr(7);
        ResponseEntity<String> saved = mette.post(
                "/workspace/cases/" + caseNumber + "/members",
                Map.of("name", "Bella Hansen", "cpr", sister, "role", "CHILD", "contacts", "BUF: skolen"));
        // post/redirect/get: the client follows the redirect to the overview
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).contains("Sag " + caseNumber, "Familiens medlemmer");

        assertThat(members(caseNumber))
                .extracting(m -> m.get("name") + " " + m.get("cpr") + " " + m.get("role"))
                .contains("Bella Hansen " + sister.substring(0, 6) + "-xxxx CHILD");
        assertThat(saved.getBody())
                .contains("Bella Hansen er registreret som medlem (CPR-nummer " + sister.substring(0, 6) + "-xxxx)")
                .doesNotContain(sister);
        assertThat(accessLog.entries(RecordType.FAMILY_CASE, caseNumber)).anySatisfy(e -> {
            assertThat(e.userId()).isEqualTo("mette");
            assertThat(e.view()).isEqualTo("members");
            assertThat(e.action()).isEqualTo(AccessLogEntry.Action.CHANGE);
            assertThat(e.outcome()).isEqualTo(AccessLogEntry.Outcome.GRANTED);
            assertThat(e.channel()).isEqualTo("WORKSPACE");
        });
    }

    @Test
    void anInvalidMemberIsShownAgainWithDanishMessagesAtTheFieldsAndNothingIsStored() {
        String child = childCpr(9);
        String caseNumber = family(child);
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        int before = members(caseNumber).size();

        ResponseEntity<String> wrong = mette.post(
                "/workspace/cases/" + caseNumber + "/members", Map.of("name", "", "cpr", "12345", "role", ""));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody())
                .contains("id=\"name-error\"", "Navn mangler")
                .contains("id=\"cpr-error\"", "CPR-nummeret skal have formen ddmmåå-xxxx")
                .contains("id=\"role-error\"", "Rolle mangler")
                .contains("aria-invalid=\"true\"", "Formularen er ikke gemt");

        ResponseEntity<String> twice = mette.post(
                "/workspace/cases/" + caseNumber + "/members",
                Map.of("name", "Anna igen", "cpr", child, "role", "CHILD"));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody())
                .contains("id=\"cpr-error\"", "Et medlem med samme CPR-nummer er allerede registreret i sagen")
                .as("a CPR number is never sent back, not even the one typed")
                .doesNotContain(child);
        assertThat(members(caseNumber)).hasSize(before);
    }

    @Test
    void aPersonAlreadyInAnOpenCaseIsRefusedNamingItAndRegisteredOnlyWhenMeantByHerCoordinator() {
        String child = childCpr(11);
        String open = family(child);
        String caseNumber = family(childCpr(12));
        String path = "/workspace/cases/" + caseNumber + "/members";
        Map<String, String> oskar = Map.of("name", "Oskar Igen", "cpr", child, "role", "CHILD");
        Map<String, String> meant = new java.util.HashMap<>(oskar);
        meant.put("confirmDuplicate", "true");
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        int before = members(caseNumber).size();
        referrals.setRefuseDuplicates(true);
        try {
            ResponseEntity<String> refused = mette.post(path, oskar);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody())
                    .contains("id=\"cpr-error\"", "Personen er allerede med i den åbne sag " + open, "Intet er gemt")
                    .contains(
                            "name=\"confirmDuplicate\"",
                            "Ja, henvisningen er ment (personen er allerede i en åben sag)")
                    .doesNotContain(child);
            assertThat(members(caseNumber)).hasSize(before);
            // the box is offered only with the refusal
            assertThat(mette.get(path + "/new").getBody()).doesNotContain("confirmDuplicate");

            // nobody else may say it is meant: another administration, a process designer, no login, a wrong password
            for (String outsider : List.of("jonas", "peter")) {
                assertThat(WorkspaceSession.login(http, outsider)
                                .post(path, meant)
                                .getStatusCode())
                        .as(outsider)
                        .isEqualTo(HttpStatus.FORBIDDEN);
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            assertThat(http.postForEntity(path, new HttpEntity<>(form(meant), headers), String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth("karen", "forkert")
                            .postForEntity(path, new HttpEntity<>(form(meant), headers), String.class)
                            .getStatusCode()
                            .is4xxClientError())
                    .isTrue();
            loginThrottle.forget("karen");
            assertThat(members(caseNumber)).hasSize(before);

            ResponseEntity<String> registered = mette.post(path, meant);
            assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(registered.getBody()).contains("Oskar Igen er registreret som medlem");
            assertThat(members(caseNumber)).hasSize(before + 1);
            assertThat(members(open)).extracting(m -> m.get("name")).contains("Anna Hansen");
        } finally {
            referrals.setRefuseDuplicates(false);
        }
    }

    @Test
    void theCoordinatorCorrectsAMemberKeepingTheCprWhenTheFieldIsLeftEmpty() {
        String child = childCpr(12);
        String caseNumber = family(child);
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        Map<String, Object> anna = member(caseNumber, "Anna Hansen");

        ResponseEntity<String> form = mette.get("/workspace/cases/" + caseNumber + "/members/" + anna.get("id"));
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("Ret Anna Hansen", "Nu registreret: " + anna.get("cpr"));

        ResponseEntity<String> saved = mette.post(
                "/workspace/cases/" + caseNumber + "/members/" + anna.get("id"),
                Map.of("name", "Anne Hansen", "cpr", "", "role", "CHILD", "contacts", "PPR"));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> corrected = member(caseNumber, "Anne Hansen");
        assertThat(corrected).containsEntry("id", anna.get("id")).containsEntry("cpr", anna.get("cpr"));
        assertThat(corrected).containsEntry("contacts", "PPR");

        ResponseEntity<String> adult = mette.post(
                "/workspace/cases/" + caseNumber + "/members/" + anna.get("id"),
                Map.of("name", "Anne Hansen", "cpr", "010180-1234", "role", "CHILD"));
        assertThat(adult.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(adult.getBody()).contains("id=\"role-error\"", "Et barn skal være under 18 år");
        assertThat(member(caseNumber, "Anne Hansen")).containsEntry("cpr", anna.get("cpr"));
    }

    @Test
    void theApiCorrectsAMemberUnderTheSameRulesAndNeedToKnow() {
        String child = childCpr(11);
        String caseNumber = family(child);
        Map<String, Object> parent = member(caseNumber, "Per Hansen");
        String url = "/api/cases/" + caseNumber + "/members/" + parent.get("id");

        ResponseEntity<Map> sameAsChild = as("mette")
                .exchange(url, HttpMethod.PUT, json(Map.of("name", "Per", "cpr", child, "role", "PARENT")), Map.class);
        assertThat(sameAsChild.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sameAsChild.getBody()).containsEntry("field", "cpr");

        ResponseEntity<Map> otherAdministration = as("jonas")
                .exchange(
                        url,
                        HttpMethod.PUT,
                        json(Map.of("name", "Per Jensen", "cpr", "010180-1234", "role", "PARENT")),
                        Map.class);
        assertThat(otherAdministration.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member(caseNumber, "Per Hansen")).isEqualTo(parent);

        ResponseEntity<Map> corrected = as("mette")
                .exchange(
                        url,
                        HttpMethod.PUT,
                        json(Map.of("name", "Per Jensen", "cpr", "010180-1234", "role", "GUARDIAN")),
                        Map.class);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getBody())
                .containsEntry("name", "Per Jensen")
                .containsEntry("cpr", "010180-xxxx")
                .containsEntry("role", "GUARDIAN")
                .containsEntry("dateOfBirth", "1980-01-01");
    }

    // ---- refusals

    @Test
    void anotherAdministrationGetsADanishRefusalAndChangesNothing() {
        String caseNumber = family(childCpr(8));
        WorkspaceSession jonas = WorkspaceSession.login(http, "jonas");
        int members = members(caseNumber).size();
        int journal = journal(caseNumber).size();

        ResponseEntity<String> page = jonas.get("/workspace/cases/" + caseNumber);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody())
                .contains("<html lang=\"da\"", "Du har ikke adgang", "registreret i adgangsloggen")
                .doesNotContain("Anna Hansen", "Fravær");

        assertThat(jonas.post(
                                "/workspace/cases/" + caseNumber + "/members",
                                Map.of("name", "Ind udefra", "cpr", childCpr(5), "role", "CHILD"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jonas.post("/workspace/cases/" + caseNumber + "/journal", note("Udefra"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(members(caseNumber)).hasSize(members);
        assertThat(journal(caseNumber)).hasSize(journal);
        assertThat(accessLog.entries(RecordType.FAMILY_CASE, caseNumber)).anySatisfy(e -> {
            assertThat(e.userId()).isEqualTo("jonas");
            assertThat(e.outcome()).isEqualTo(AccessLogEntry.Outcome.DENIED);
            assertThat(e.channel()).isEqualTo("WORKSPACE");
        });
    }

    @Test
    void withoutALoginADanishPageLinksToTheLoginAndNothingChanges() {
        String caseNumber = family(childCpr(6));
        int members = members(caseNumber).size();

        ResponseEntity<String> page = http.getForEntity("/workspace/cases/" + caseNumber, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(page.getBody())
                .contains("Du er ikke logget ind", "href=\"/camunda/app/tasklist/\"")
                .doesNotContain("Anna Hansen");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> post = http.postForEntity(
                "/workspace/cases/" + caseNumber + "/members",
                new HttpEntity<>(form(Map.of("name", "Anonym", "cpr", childCpr(4), "role", "CHILD")), headers),
                String.class);
        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/workspace/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(members(caseNumber)).hasSize(members);
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefusedAndNothingChanges() {
        String caseNumber = family(childCpr(13));
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        int members = members(caseNumber).size();
        int journal = journal(caseNumber).size();

        ResponseEntity<String> missing = mette.postWithToken(
                "/workspace/cases/" + caseNumber + "/members",
                Map.of("name", "Uden token", "cpr", childCpr(3), "role", "CHILD"),
                null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(missing.getBody()).contains("sikkerhedstoken", "intet er gemt");
        ResponseEntity<String> wrong = mette.postWithToken(
                "/workspace/cases/" + caseNumber + "/journal", note("Forkert token"), "not-the-token");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(members(caseNumber)).hasSize(members);
        assertThat(journal(caseNumber)).hasSize(journal);
    }

    // ---- journal

    @Test
    void meetingMinutesNeedTheAttendanceAndLandInTheJournalWithTheAuthor() {
        String caseNumber = family(childCpr(14));
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");

        ResponseEntity<String> form = mette.get("/workspace/cases/" + caseNumber + "/journal/new?kind=MEETING_MINUTES");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("Mødereferat", "Deltagere", "value=\"" + LocalDate.now() + "\"");

        Map<String, String> minutes = Map.of(
                "kind", "MEETING_MINUTES",
                "authorRole", "Koordinator",
                "entryDate", LocalDate.now().toString(),
                "text", "Familien og forvaltningerne aftalte næste skridt.",
                "attendance", "");
        ResponseEntity<String> withoutAttendance = mette.post("/workspace/cases/" + caseNumber + "/journal", minutes);
        assertThat(withoutAttendance.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutAttendance.getBody())
                .contains("id=\"attendance-error\"", "Et mødereferat skal angive deltagerne")
                .contains("Familien og forvaltningerne aftalte næste skridt.");
        ResponseEntity<String> future = mette.post(
                "/workspace/cases/" + caseNumber + "/journal",
                Map.of(
                        "kind",
                        "NOTE",
                        "authorRole",
                        "",
                        "entryDate",
                        LocalDate.now().plusDays(3).toString(),
                        "text",
                        ""));
        assertThat(future.getBody())
                .contains("id=\"authorRole-error\"", "Forfatterens rolle mangler")
                .contains("id=\"text-error\"", "Teksten mangler");
        assertThat(journal(caseNumber)).isEmpty();

        Map<String, String> complete = new java.util.HashMap<>(minutes);
        complete.put("attendance", "Mor, koordinator, BUF-sagsbehandler");
        ResponseEntity<String> saved = mette.post("/workspace/cases/" + caseNumber + "/journal", complete);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(journal(caseNumber)).singleElement().satisfies(j -> assertThat(j)
                .containsEntry("kind", "MEETING_MINUTES")
                .containsEntry("author", "mette")
                .containsEntry("authorRole", "Koordinator")
                .containsEntry("attendance", "Mor, koordinator, BUF-sagsbehandler"));
        assertThat(saved.getBody())
                .contains("Mødereferatet er gemt i sagens journal.", "Mor, koordinator, BUF-sagsbehandler");
    }

    // ---- plan and consents

    @Test
    void theCoordinatorWritesThePlanWithGoalsPerMemberAndAdministrationAndTheConsents() {
        String caseNumber = family(childCpr(14));
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        Object parent = member(caseNumber, "Per Hansen").get("id");
        Object child = member(caseNumber, "Anna Hansen").get("id");

        ResponseEntity<String> form = mette.get("/workspace/cases/" + caseNumber + "/plan");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("Mål 1", "Børne- og Ungdomsforvaltningen (BUF)", "Har givet samtykke");

        Map<String, String> plan = new java.util.HashMap<>(Map.of(
                "rows", "3",
                "agreedOn", LocalDate.now().toString(),
                "goal0.memberId", child.toString(),
                "goal0.administration", "buf",
                "goal0.description", "Anna går i skole hver dag",
                "goal0.status", "IN_PROGRESS",
                "goal2.memberId", parent.toString(),
                "goal2.administration", "bif",
                "goal2.description", "",
                "goal2.status", "PLANNED"));
        plan.put("consent" + parent + ".given", "true");
        plan.put("consent" + parent + ".consentedOn", LocalDate.now().toString());
        ResponseEntity<String> missing = mette.post("/workspace/cases/" + caseNumber + "/plan", plan);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("id=\"goal2.description-error\"", "Beskrivelse mangler");
        assertThat(record(caseNumber).get("plan")).isNull();

        plan.put("goal2.description", "Per får et jobtilbud");
        plan.put("consent" + child + ".given", "true");
        plan.put("consent" + child + ".consentedOn", LocalDate.now().toString());
        ResponseEntity<String> tooYoung = mette.post("/workspace/cases/" + caseNumber + "/plan", plan);
        assertThat(tooYoung.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooYoung.getBody())
                .contains("id=\"consent" + child + ".given-error\"", "børn på 15 år eller derover");
        assertThat(record(caseNumber).get("plan")).isNull();

        plan.remove("consent" + child + ".given");
        ResponseEntity<String> saved = mette.post("/workspace/cases/" + caseNumber + "/plan", plan);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) record(caseNumber).get("plan");
        assertThat((List<Map<String, Object>>) stored.get("goals"))
                .extracting(g -> g.get("memberId") + " " + g.get("administration") + " " + g.get("status"))
                .containsExactly(child + " buf IN_PROGRESS", parent + " bif PLANNED");
        assertThat((List<Map<String, Object>>) stored.get("consents"))
                .extracting(s -> s.get("memberId"))
                .containsExactly(parent);
        assertThat(saved.getBody())
                .contains("Familiehandleplanen er gemt.", "Anna går i skole hver dag", "I gang")
                .doesNotContain("IN_PROGRESS");

        WorkspaceSession jonas = WorkspaceSession.login(http, "jonas");
        plan.put("goal0.description", "Ændret udefra");
        assertThat(jonas.post("/workspace/cases/" + caseNumber + "/plan", plan).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mette.postWithToken("/workspace/cases/" + caseNumber + "/plan", plan, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(record(caseNumber).get("plan")).isEqualTo(stored);
    }

    // ---- screenings

    @Test
    void aScreeningIsRecordedWithScoresPerDomainAndAnInvalidOneIsNot() {
        String caseNumber = family(childCpr(10));
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");
        Object child = member(caseNumber, "Anna Hansen").get("id");

        ResponseEntity<String> form = mette.get("/workspace/cases/" + caseNumber + "/screenings/new");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody())
                .contains(
                        "Skole, dagtilbud og uddannelse (ICS, VUM)",
                        "Forældreevne (ICS)",
                        "Kriminalitet og tilknytning til kriminelt netværk (Odense)",
                        "1 = meget stort behov, 5 = intet behov (højere er bedre)",
                        "WHO-5",
                        "Ikke screenet");

        ResponseEntity<String> none = mette.post(
                "/workspace/cases/" + caseNumber + "/screenings",
                Map.of(
                        "memberId",
                        child.toString(),
                        "screenedOn",
                        LocalDate.now().plusDays(1).toString()));
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody()).contains("id=\"scores-error\"", "Mindst én score skal angives");

        ResponseEntity<String> future = mette.post(
                "/workspace/cases/" + caseNumber + "/screenings",
                Map.of(
                        "memberId", child.toString(),
                        "screenedOn", LocalDate.now().plusDays(1).toString(),
                        "score.SCHOOL_EDUCATION", "2"));
        assertThat(future.getBody())
                .containsPattern("id=\"screenedOn-error\"><span class=\"visually-hidden\">Fejl: </span><span>"
                        + "Screeningsdatoen ligger i fremtiden")
                .contains("aria-describedby=\"screenedOn-error\"");
        assertThat(record(caseNumber).get("latestScreenings")).asList().isEmpty();

        ResponseEntity<String> saved = mette.post(
                "/workspace/cases/" + caseNumber + "/screenings",
                Map.of(
                        "memberId",
                        child.toString(),
                        "screenedOn",
                        LocalDate.now().toString(),
                        "score.SCHOOL_EDUCATION",
                        "2",
                        "score.CRIME_RISK",
                        "4",
                        "who5.0",
                        "5",
                        "who5.1",
                        "4",
                        "who5.2",
                        "3",
                        "who5.3",
                        "2",
                        "who5.4",
                        "1"));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(record(caseNumber).get("latestScreenings"))
                .asList()
                .singleElement()
                .satisfies(s -> assertThat((Map<String, Object>) s)
                        .containsEntry("scores", Map.of("SCHOOL_EDUCATION", 2, "CRIME_RISK", 4))
                        .containsEntry("who5", 60));

        WorkspaceSession jonas = WorkspaceSession.login(http, "jonas");
        assertThat(jonas.post(
                                "/workspace/cases/" + caseNumber + "/screenings",
                                Map.of(
                                        "memberId", child.toString(),
                                        "screenedOn",
                                                LocalDate.now().minusDays(1).toString(),
                                        "score.HEALTH", "1"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(record(caseNumber).get("latestScreenings")).asList().hasSize(1);
    }

    // ---- ending a case early

    @Test
    void onlyTheCoordinatorTeamChiefOrTeamLeadEndsACaseEarlyWithItsReason() {
        // registered: SOF's child investigation is open, so a SOF caseworker opens the case
        String caseNumber = family(childCpr(9));
        FamilyScenario.registerMembers(this::as, engine, caseNumber);
        WorkspaceSession sofie = WorkspaceSession.login(http, "sofie");
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");

        ResponseEntity<String> caseworker =
                sofie.post("/workspace/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"));
        assertThat(caseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseworker.getBody()).contains("Kun koordinator, teamchef og teamleder");
        assertThat(mette.postWithToken("/workspace/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = mette.post("/workspace/cases/" + caseNumber + "/end", Map.of());
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("id=\"reason-error\"", "Årsagen mangler");
        assertThat(record(caseNumber)).containsEntry("status", "OPEN");

        ResponseEntity<String> form = mette.get("/workspace/cases/" + caseNumber + "/end");
        assertThat(form.getBody()).contains("Familien er flyttet fra kommunen");
        ResponseEntity<String> ended =
                mette.post("/workspace/cases/" + caseNumber + "/end", Map.of("reason", "CONSENT_WITHDRAWN"));
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ended.getBody())
                .contains("Afslutningen er startet: Familien har trukket sit samtykke tilbage.")
                .contains("Teamchefen vurderer nu");
        // nothing closes before the team chief's assessment
        assertThat(record(caseNumber)).containsEntry("status", "OPEN");
        ResponseEntity<String> again =
                mette.post("/workspace/cases/" + caseNumber + "/end", Map.of("reason", "MOVED_AWAY"));
        assertThat(again.getBody()).contains("Sagen er allerede ved at blive afsluttet før tid");
        new dk.tvaers.support.TaskDriver(this::as, engine)
                .complete(
                        "lars",
                        caseNumber,
                        "user_assess_support_without_consent",
                        Map.of("consentAssessment", "CLOSE"));
        Map<String, Object> closed = record(caseNumber);
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat((Map<String, Object>) closed.get("course")).containsEntry("closeReason", "ENDED_EARLY");
    }

    // ---- finding a case

    @Test
    void aCaseIsFoundByItsNumberAndAnUnknownNumberGetsADanishPage() {
        String caseNumber = family(childCpr(15));
        WorkspaceSession mette = WorkspaceSession.login(http, "mette");

        ResponseEntity<String> find = mette.get("/workspace/");
        assertThat(find.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(find.getBody()).contains("<label for=\"caseNumber\">Sagsnummer</label>");
        ResponseEntity<String> found = mette.get("/workspace/?caseNumber=+" + caseNumber + "+");
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody()).contains("<h1>Sag " + caseNumber + "</h1>");
        ResponseEntity<String> invalid = mette.get("/workspace/?caseNumber=%3Cscript%3E");
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("id=\"caseNumber-error\"").doesNotContain("<script>");

        ResponseEntity<String> unknown = mette.get("/workspace/cases/TV-1999-99999");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Sagen TV-1999-99999 findes ikke");
    }

    // ---- helpers

    /** A family referred by mette: a parent and one child with the given CPR number. */
    private String family(String childCpr) {
        return FamilyScenario.in("Valby")
                .member("Per Hansen", "0101" + String.format("%02d", 70 + SERIAL.get() % 20) + "-" + next(1), "PARENT")
                .member("Anna Hansen", childCpr, "CHILD")
                .refer(this::as);
    }

    /** A CPR number of a child of the given age (born 1 March that many years ago; serial from 4000: born 2000+). */
    private static String childCpr(int age) {
        LocalDate born = LocalDate.now().minusYears(age).withMonth(3).withDayOfMonth(1);
        if (born.isAfter(LocalDate.now().minusYears(age))) {
            born = born.minusYears(1);
        }
        return DateTimeFormatter.ofPattern("ddMMyy").format(born) + "-" + next(4);
    }

    private static String next(int firstDigit) {
        return firstDigit + String.format("%03d", SERIAL.incrementAndGet() % 1000);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> members(String caseNumber) {
        return (List<Map<String, Object>>) record(caseNumber).get("members");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> journal(String caseNumber) {
        return (List<Map<String, Object>>) record(caseNumber).get("journal");
    }

    private Map<String, Object> member(String caseNumber, String name) {
        return members(caseNumber).stream()
                .filter(m -> name.equals(m.get("name")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> record(String caseNumber) {
        // henrik is a team lead, who opens every case
        ResponseEntity<Map> record = as("henrik").getForEntity("/api/cases/" + caseNumber, Map.class);
        assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
        return record.getBody();
    }

    private static Map<String, String> note(String text) {
        return Map.of(
                "kind",
                "NOTE",
                "authorRole",
                "Sagsbehandler",
                "entryDate",
                LocalDate.now().toString(),
                "text",
                text);
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    static MultiValueMap<String, String> form(Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return form;
    }
}
