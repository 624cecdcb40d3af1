package dk.tvaers.support.archfixture.alpha;

import dk.tvaers.support.archfixture.beta.Api;
import dk.tvaers.support.archfixture.beta.internal.Secret;
import dk.tvaers.support.archfixture.gamma.Loop;

/**
 * Fixture for ModulithTest: the module "alpha" using beta's API (allowed), its internals (not), and gamma, which uses
 * alpha in turn (a cycle).
 */
public class Intruder {
    public static int viaApi() {
        return Api.value();
    }

    public static int intoInternals() {
        return Secret.value();
    }

    public static int roundTheLoop() {
        return Loop.value();
    }
}
