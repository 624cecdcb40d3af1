/** A fixture module that may use beta only; it uses alpha (ModulithTest). */
@ApplicationModule(allowedDependencies = "beta")
package dk.tvaers.support.archfixture.gamma;

import org.springframework.modulith.ApplicationModule;
