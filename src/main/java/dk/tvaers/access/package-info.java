/**
 * Need-to-know: who may open which record, and the append-only access log.
 *
 * <p>May use: security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"security", "kernel"})
package dk.tvaers.access;

import org.springframework.modulith.ApplicationModule;
