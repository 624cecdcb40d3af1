package dk.tvaers.support.archfixture.gamma;

import dk.tvaers.support.archfixture.alpha.Intruder;

/** Fixture for ModulithTest: the module "gamma", which uses alpha while alpha uses it (a cycle). */
public class Loop {
    public static int value() {
        return Intruder.viaApi();
    }
}
