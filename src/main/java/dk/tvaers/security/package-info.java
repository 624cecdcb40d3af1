/**
 * Authentication, grants, hardening and the engine guard (internal: security.guard, security.ldap).
 *
 * <p>May use: forms, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"forms", "kernel"})
package dk.tvaers.security;

import org.springframework.modulith.ApplicationModule;
