/**
 * One process object per BPMN, its delegates and listeners, the deadlines and the engine's read model.
 *
 * <p>May use: family, adult, concern, access, security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "concern", "access", "security", "kernel"})
package dk.tvaers.process;

import org.springframework.modulith.ApplicationModule;
