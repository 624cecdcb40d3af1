package dk.tvaers.process;

import dk.tvaers.access.Viewer;
import dk.tvaers.kernel.ApiRefusal;
import java.util.Collection;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;

/**
 * The shape of Tværs's own API writes that signal a running case (urgent support while investigating, a new family
 * meeting during the course): the caller's need-to-know is checked by {@code @RecordAccess}, her role here (403 with
 * who may), then the engine itself acts, as it does for a timer, because the message through the engine's API stays
 * refused to everyone; when the case is not where the signal belongs, 409 with why, and nothing changes.
 *
 * @param mayCall whether the caller's groups may send the signal
 * @param notAllowed the 403's detail: who may
 * @param conflictTitle the 409's title
 * @param conflictType the 409's problem type (urn:tvaers:problem:{type})
 */
record CheckedCaseSignal(
        Predicate<Collection<String>> mayCall, String notAllowed, String conflictTitle, String conflictType) {

    /**
     * Sends the signal as the engine after checking the caller's role; {@code signal} answers false when the case is
     * not where the signal belongs, {@code conflict} the 409's detail for the case then.
     */
    void send(
            IdentityService identity,
            String caseNumber,
            Predicate<String> signal,
            java.util.function.Function<String, String> conflict) {
        Authentication caller = identity.getCurrentAuthentication();
        if (!mayCall.test(Viewer.of(caller).groups())) {
            throw ApiRefusal.notAllowed(notAllowed);
        }
        identity.clearAuthentication();
        boolean sent;
        try {
            sent = signal.test(caseNumber);
        } finally {
            identity.setAuthentication(caller);
        }
        if (!sent) {
            throw new ApiRefusal(HttpStatus.CONFLICT, conflictTitle, conflictType, conflict.apply(caseNumber));
        }
    }
}
