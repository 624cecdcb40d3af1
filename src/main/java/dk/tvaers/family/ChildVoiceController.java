package dk.tvaers.family;

import dk.tvaers.access.RecordAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The child's voice and the decisions on support in the case record (need-to-know like the rest of the record). */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Sager", description = "Familiesager")
public class ChildVoiceController {

    private final ChildVoiceService voice;
    private final SupportDecisionService decisions;
    private final CurrentUser user;

    public ChildVoiceController(ChildVoiceService voice, SupportDecisionService decisions, CurrentUser user) {
        this.voice = voice;
        this.decisions = decisions;
        this.user = user;
    }

    @PostMapping("/child-conversations")
    @RecordAccess(view = "child-conversation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrér en samtale med et barn",
            description = "Samtalen med barnet (Barnets Lov §5, §22): dato, hvem der deltog, barnets og forældrenes"
                    + " synspunkter; eller hvorfor den ikke blev holdt (begrundelse påkrævet).")
    public CaseRecordView.Conversation recordConversation(
            @PathVariable String caseNumber, @Valid @RequestBody NewChildConversation conversation) {
        return voice.record(caseNumber, conversation, user.id());
    }

    @PutMapping("/decisions/{decisionId}/draft")
    @RecordAccess(view = "decision")
    @Operation(
            summary = "Skriv udkastet til en afgørelse",
            description = "Afgørelsen, begrundelsen, lovgrundlaget og klagevejledningen; kan rettes indtil"
                    + " afgørelsen er endelig.")
    public CaseRecordView.Decision draft(
            @PathVariable String caseNumber,
            @PathVariable Long decisionId,
            @Valid @RequestBody NewDecisionDraft draft) {
        return decisions.draft(caseNumber, decisionId, draft, user.id());
    }

    @PostMapping("/decisions/{decisionId}/hearing/{memberId}")
    @RecordAccess(view = "decision-hearing")
    @Operation(
            summary = "Registrér en parts svar i partshøringen",
            description = "Svaret fra en forælder, en værge eller et barn, der er part (fra 10 år), mens høringen"
                    + " er åben.")
    public CaseRecordView.Decision registerAnswer(
            @PathVariable String caseNumber,
            @PathVariable Long decisionId,
            @PathVariable Long memberId,
            @Valid @RequestBody NewHearingAnswer answer) {
        return decisions.registerAnswer(caseNumber, decisionId, memberId, answer, user.id());
    }

    @GetMapping(value = "/decisions/{decisionId}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @RecordAccess(view = "decision-letter")
    @Operation(
            summary = "Hent afgørelsesbrevet",
            description = "Det endelige afgørelsesbrev som PDF, som det blev gemt i sagen.")
    public ResponseEntity<byte[]> letter(@PathVariable String caseNumber, @PathVariable Long decisionId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("afgoerelse-" + caseNumber + "-" + decisionId + ".pdf")
                                .build()
                                .toString())
                .body(decisions.letter(caseNumber, decisionId));
    }
}
