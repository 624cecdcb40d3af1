/**
 * Intake: the referral of a family or a young adult, checked once, opening the case or course and starting its process.
 *
 * <p>May use: family, adult, process, security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "process", "security", "kernel"})
package dk.tvaers.referral;

import org.springframework.modulith.ApplicationModule;
