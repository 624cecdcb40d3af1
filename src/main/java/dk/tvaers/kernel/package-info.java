/**
 * What every module shares: CPR, statuses, errors, the clock and zone, groups and role sets, report periods.
 *
 * <p>May use: no other module (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {})
package dk.tvaers.kernel;

import org.springframework.modulith.ApplicationModule;
