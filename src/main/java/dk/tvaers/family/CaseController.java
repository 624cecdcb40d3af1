package dk.tvaers.family;

import dk.tvaers.access.RecordAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Sager", description = "Familiesager")
public class CaseController {

    private final CaseRecordService record;
    private final CurrentUser user;
    private final PlanVersionService planVersions;

    public CaseController(CaseRecordService record, CurrentUser user, PlanVersionService planVersions) {
        this.record = record;
        this.user = user;
        this.planVersions = planVersions;
    }

    @GetMapping("/{caseNumber}")
    @RecordAccess(view = "case-record")
    @Operation(
            summary = "Læs en sag",
            description = "Sagens stamdata, henvisning, medlemmer (CPR-nummer maskeret), handleplan, seneste"
                    + " screening pr. medlem og journal ud fra sagsnummeret (processens business key).")
    public CaseRecordView get(@PathVariable String caseNumber) {
        return record.view(caseNumber);
    }

    @PostMapping("/{caseNumber}/members")
    @RecordAccess(view = "members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér et familiemedlem",
            description = "Tilføjer en forælder, værge, et barn eller en ung til familien; fødselsdatoen udledes af"
                    + " CPR-nummeret, som kun vises maskeret.")
    public CaseRecordView.Member addMember(@PathVariable String caseNumber, @Valid @RequestBody NewMember member) {
        return record.addMember(caseNumber, member);
    }

    @PutMapping("/{caseNumber}/members/{memberId}")
    @RecordAccess(view = "members")
    @Operation(
            summary = "Ret et familiemedlem",
            description = "Retter navn, CPR-nummer, rolle og kontakter for et medlem, der er registreret forkert;"
                    + " samme regler som ved registrering. CPR-nummeret vises kun maskeret.")
    public CaseRecordView.Member correctMember(
            @PathVariable String caseNumber, @PathVariable Long memberId, @Valid @RequestBody NewMember member) {
        return record.correctMember(caseNumber, memberId, member);
    }

    @PostMapping("/{caseNumber}/journal")
    @RecordAccess(view = "journal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Skriv i journalen",
            description = "Et journalnotat eller et mødereferat (med deltagere); forfatteren er den indloggede bruger.")
    public CaseRecordView.Journal addJournalEntry(
            @PathVariable String caseNumber, @Valid @RequestBody NewJournalEntry entry) {
        return record.addJournalEntry(caseNumber, entry, user.id());
    }

    @PostMapping("/{caseNumber}/screenings")
    @RecordAccess(view = "screenings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér en screening",
            description =
                    "Et medlems scorer pr. område på en dato, på én femtrinsskala: 1 = meget stort behov, 5 = intet"
                            + " behov (højere er bedre). Områderne bygger på ICS, VUM og beskæftigelsesparametrene; en"
                            + " VUM-score (0-4) indtastes som 5 - VUM. For et barn kan WHO-5 (fem svar 0-5) registreres."
                            + " Visitationen kræver mindst én screening. Screeninger gentages i forløbet.")
    public CaseRecordView.Screening addScreening(
            @PathVariable String caseNumber, @Valid @RequestBody NewScreening screening) {
        return record.addScreening(caseNumber, screening);
    }

    @GetMapping("/{caseNumber}/screenings")
    @RecordAccess(view = "screening-history")
    @Operation(
            summary = "Læs sagens screeninger over tid",
            description =
                    "Alle screeninger af hvert medlem, ældste først, med scorer (1 = meget stort behov, 5 = intet behov;"
                            + " højere er bedre) og et barns WHO-5-indeks (0-100) pr."
                            + " område; sagssiden tegner dem som en kurve pr. medlem.")
    public ScreeningHistory screenings(@PathVariable String caseNumber) {
        return record.screeningHistory(caseNumber);
    }

    @GetMapping("/{caseNumber}/plan/versions")
    @RecordAccess(view = "plan-versions")
    @Operation(
            summary = "Handleplanens versioner",
            description = "Hver gemt udgave af familiehandleplanen, ældste først, med hvad der er ændret i forhold til"
                    + " versionen før (nye mål, fjernede mål, ændret status). Planen revideres ved nye familiemøder"
                    + " (CM-stormøde) i forløbet.")
    public List<PlanVersionService.Version> planVersions(@PathVariable String caseNumber) {
        return planVersions.versions(caseNumber);
    }

    @PutMapping("/{caseNumber}/plan")
    @RecordAccess(view = "plan")
    @Operation(
            summary = "Gem familiehandleplanen",
            description = "Erstatter planens mål (pr. medlem og forvaltning) og familiens samtykker. Samtykke kan"
                    + " gives af forældre, værger og børn fra den alder, tvaers.ages.own-consent angiver (15 år).")
    public CaseRecordView.Plan replacePlan(@PathVariable String caseNumber, @Valid @RequestBody NewPlan plan) {
        return record.replacePlan(caseNumber, plan);
    }
}
