package dk.tvaers.support.archfixture.beta.internal;

/** Fixture for ModulithTest: an internal class of the module "beta". */
public class Secret {
    public static int value() {
        return 42;
    }
}
