package dk.tvaers.workspace;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a task card in Tasklist shows of its case: number, district and the child or young person it is about. */
public record TaskContextCard(
        String taskId,
        @Schema(description = "Sagens eller forløbets nummer") String caseNumber,
        String district,
        @Schema(description = "Barnets eller den unges fornavn; null for en opgave om hele familien") String firstName,
        Integer age,
        String workspaceUrl) {}
