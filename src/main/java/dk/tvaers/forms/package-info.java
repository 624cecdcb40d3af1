/**
 * The server-side check that a completed task fills in its Camunda Form.
 *
 * <p>May use: kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(allowedDependencies = {"kernel"})
package dk.tvaers.forms;

import org.springframework.modulith.ApplicationModule;
