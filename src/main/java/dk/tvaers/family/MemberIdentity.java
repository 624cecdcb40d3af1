package dk.tvaers.family;

import dk.tvaers.kernel.Cpr;

/**
 * Who a member of a family case is, for a feature that carries the person on in its own record (the adult course of
 * a child who has turned 18). The CPR number prints masked.
 */
public record MemberIdentity(Long memberId, Long caseId, String name, Cpr cpr) {}
