/**
 * The family case record: case, members, referral, plan and consents, screenings, journal, phases.
 *
 * <p>May use: access, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"access", "kernel"})
package dk.tvaers.family;

import org.springframework.modulith.ApplicationModule;
