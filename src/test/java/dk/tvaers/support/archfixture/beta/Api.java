package dk.tvaers.support.archfixture.beta;

import dk.tvaers.support.archfixture.beta.internal.Secret;

/** Fixture for ModulithTest: the module "beta"'s API, which may use its own internals. */
public class Api {
    public static int value() {
        return Secret.value();
    }
}
