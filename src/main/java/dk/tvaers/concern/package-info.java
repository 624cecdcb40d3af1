/**
 * Reports of concern (underretninger) about a child: who reported (professional or private), when, what, about which
 * child, the family case the child is in, and the assessment's outcome. Personal data live only in this module's table.
 *
 * <p>May use: family, access (its record directory and record types), kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"family", "access", "kernel"})
package dk.tvaers.concern;

import org.springframework.modulith.ApplicationModule;
