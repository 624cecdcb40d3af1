package dk.tvaers.family;

/** When a conversation with a child is held: the moments the law asks for the child's voice (Barnets Lov §5, §22). */
public enum ConversationOccasion {
    /** In the child investigation (§22). */
    INVESTIGATION,
    /** Before a decision on support (§5). */
    DECISION,
    /** At a follow-up of the support (§95). */
    FOLLOW_UP,
    /** At the family meeting, for the plan. */
    PLAN,
    /** Any other conversation. */
    OTHER
}
