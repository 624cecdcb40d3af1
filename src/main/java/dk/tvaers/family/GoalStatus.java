package dk.tvaers.family;

/** How far a goal of the joint action plan has come. */
public enum GoalStatus {
    PLANNED,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED
}
