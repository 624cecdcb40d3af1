/**
 * The operations board, the case page's timeline and the outcome report.
 *
 * <p>May use: family, adult, process, access, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "process", "access", "kernel"})
package dk.tvaers.board;

import org.springframework.modulith.ApplicationModule;
