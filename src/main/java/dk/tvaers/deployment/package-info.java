/**
 * The review of deployments by non-administrators, case protection and the deployment log.
 *
 * <p>May use: security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"security", "kernel"})
package dk.tvaers.deployment;

import org.springframework.modulith.ApplicationModule;
