package dk.tvaers.support.archfixture.beta.internal;

/** Fixture for ArchitectureTest: an internal class of the feature "beta". */
public class Secret {
    public static int value() {
        return 42;
    }
}
