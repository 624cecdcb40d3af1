package dk.tvaers.support.archfixture.alpha;

import dk.tvaers.support.archfixture.beta.Api;
import dk.tvaers.support.archfixture.beta.internal.Secret;

/** Fixture for ArchitectureTest: the feature "alpha" using beta's API (allowed) and its internals (not). */
public class Intruder {
    public static int viaApi() {
        return Api.value();
    }

    public static int intoInternals() {
        return Secret.value();
    }
}
