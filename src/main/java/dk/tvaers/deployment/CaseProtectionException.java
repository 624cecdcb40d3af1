package dk.tvaers.deployment;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A change to models or definitions that would stop or destroy cases, refused by {@link CaseProtectionInterceptor}.
 * An {@link AuthorizationException}, so that Camunda's REST API answers 403 with the Danish message.
 */
public class CaseProtectionException extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    CaseProtectionException(String message) {
        super(message);
    }
}
