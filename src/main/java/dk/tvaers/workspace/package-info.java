/**
 * The caseworker's screens: the case workspace and the case context Tasklist shows beside every task.
 *
 * <p>May use: family, referral (the refusal of a person already in an open case), adult, concern, process, board, access, security, kernel (verified by ModulithTest; docs/architecture.md).
 */
@ApplicationModule(
        allowedDependencies = {
            "family",
            "referral",
            "adult",
            "concern",
            "process",
            "board",
            "access",
            "security",
            "kernel"
        })
package dk.tvaers.workspace;

import org.springframework.modulith.ApplicationModule;
