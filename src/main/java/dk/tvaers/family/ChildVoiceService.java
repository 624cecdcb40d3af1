package dk.tvaers.family;

import dk.tvaers.kernel.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's voice in the case record: conversations with each child (Barnets Lov §5 before decisions, §22 in the
 * investigation, at every follow-up), or why one was not held, and the child's own wishes to the plan. The process
 * listeners ask {@link #childrenWithoutConversation} before they let a task complete.
 */
@Service
public class ChildVoiceService {

    private final FamilyCaseRepository cases;
    private final CaseMemberRepository members;
    private final ChildConversationRepository conversations;
    private final PlanChildWishesRepository wishes;
    private final Clock clock;

    ChildVoiceService(
            FamilyCaseRepository cases,
            CaseMemberRepository members,
            ChildConversationRepository conversations,
            PlanChildWishesRepository wishes,
            Clock clock) {
        this.cases = cases;
        this.members = members;
        this.conversations = conversations;
        this.wishes = wishes;
        this.clock = clock;
    }

    /**
     * Records a conversation with a child of the case, or why it was not held. A held conversation needs who was
     * present and the child's views; one not held needs the reason.
     */
    @Transactional
    public CaseRecordView.Conversation record(String caseNumber, NewChildConversation c, String recordedBy) {
        FamilyCase theCase = cases.byNumberForWriting(caseNumber);
        CaseMember child = members.findById(c.memberId())
                .filter(m -> m.getCaseId().equals(theCase.getId()) && !m.isAnonymised())
                .orElseThrow(() -> new InvalidInputException("memberId", "Medlemmet hører ikke til sagen"));
        if (!child.getRole().isYoung()) {
            throw new InvalidInputException("memberId", "Samtalen skal være med et barn eller en ung i sagen");
        }
        CaseRules.notInFuture(c.heldOn(), today(), "heldOn", "Datoen");
        if (Boolean.TRUE.equals(c.held())) {
            required(c.present(), "present", "Angiv, hvem der deltog i samtalen");
            required(c.childViews(), "childViews", "Skriv barnets synspunkter");
        } else {
            required(c.notHeldReason(), "notHeldReason", "Skriv, hvorfor samtalen ikke blev holdt");
        }
        return conversations
                .save(new ChildConversation(
                        theCase.getId(),
                        new NewChildConversation(
                                c.memberId(),
                                c.occasion(),
                                c.held(),
                                c.heldOn(),
                                trim(c.present()),
                                trim(c.childViews()),
                                trim(c.parentViews()),
                                trim(c.notHeldReason())),
                        recordedBy,
                        OffsetDateTime.now(clock)))
                .view();
    }

    /** The case's conversations, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseRecordView.Conversation> conversations(String caseNumber) {
        return conversations
                .findByCaseIdOrderByHeldOnAscIdAsc(cases.byNumber(caseNumber).getId())
                .stream()
                .map(ChildConversation::view)
                .toList();
    }

    /**
     * The children (role CHILD, under 18, not anonymised) among {@code memberIds} (all the case's children when null)
     * for whom no conversation, held or with a reason it was not, is recorded on or after {@code since}.
     */
    @Transactional(readOnly = true)
    public List<Long> childrenWithoutConversation(String caseNumber, List<Long> memberIds, LocalDate since) {
        FamilyCase theCase = cases.byNumber(caseNumber);
        LocalDate today = today();
        Set<Long> heard = new HashSet<>();
        conversations.findByCaseIdOrderByHeldOnAscIdAsc(theCase.getId()).stream()
                .filter(c -> since == null || !c.getHeldOn().isBefore(since))
                .forEach(c -> heard.add(c.getMemberId()));
        return members.findByCaseIdOrderById(theCase.getId()).stream()
                .filter(m ->
                        m.getRole() == MemberRole.CHILD && !m.isAnonymised() && m.ageOn(today) < CaseRules.ADULT_AGE)
                .map(CaseMember::getId)
                .filter(id -> memberIds == null || memberIds.contains(id))
                .filter(id -> !heard.contains(id))
                .toList();
    }

    /** Stores the child's own wishes to the plan, replacing earlier ones; blank text removes nothing. */
    @Transactional
    public void recordPlanWishes(String caseNumber, String text, String recordedBy) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("childWishes", "Højst 4000 tegn");
        }
        FamilyCase theCase = cases.byNumberForWriting(caseNumber);
        PlanChildWishes stored = wishes.findById(theCase.getId()).orElseGet(() -> new PlanChildWishes(theCase.getId()));
        stored.record(text.trim(), recordedBy, OffsetDateTime.now(clock));
        wishes.save(stored);
    }

    /** The child's own wishes to the plan, or null. */
    @Transactional(readOnly = true)
    public String planWishes(String caseNumber) {
        return wishes.findById(cases.byNumber(caseNumber).getId())
                .map(PlanChildWishes::getWishes)
                .orElse(null);
    }

    private static void required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
