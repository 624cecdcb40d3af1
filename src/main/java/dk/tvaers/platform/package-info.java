/**
 * Startup checks with one clear sentence when something is missing.
 *
 * <p>May use: security, process, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"security", "process", "kernel"})
package dk.tvaers.platform;

import org.springframework.modulith.ApplicationModule;
