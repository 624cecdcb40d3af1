/**
 * The records export for a request for access (aktindsigt).
 *
 * <p>May use: family, adult, board, concern, access, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "adult", "board", "concern", "access", "kernel"})
package dk.tvaers.records;

import org.springframework.modulith.ApplicationModule;
