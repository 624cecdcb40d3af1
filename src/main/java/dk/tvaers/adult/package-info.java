/**
 * The Klar / Parat / Start course record.
 *
 * <p>May use: family, access, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "access", "kernel"})
package dk.tvaers.adult;

import org.springframework.modulith.ApplicationModule;
