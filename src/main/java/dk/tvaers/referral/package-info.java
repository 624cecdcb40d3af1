/**
 * Intake: the referral of a family or a young adult and reports of concern, checked once, opening the case or course and starting its process.
 *
 * <p>May use: family, adult, concern, process, security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "concern", "process", "security", "kernel"})
package dk.tvaers.referral;

import org.springframework.modulith.ApplicationModule;
