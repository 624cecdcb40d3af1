/**
 * The Danish Tasklist filters every caseworker starts with.
 *
 * <p>May use: kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"kernel"})
package dk.tvaers.tasklist;

import org.springframework.modulith.ApplicationModule;
