/**
 * Anonymising closed cases and courses when their retention period has passed.
 *
 * <p>May use: family, adult, concern, access, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "concern", "access", "kernel"})
package dk.tvaers.retention;

import org.springframework.modulith.ApplicationModule;
