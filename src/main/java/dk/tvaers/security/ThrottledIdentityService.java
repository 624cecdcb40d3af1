package dk.tvaers.security;

import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * The engine's identity service with Tværs's {@link LoginThrottle} in front of every password check: the HTTP Basic
 * authentication of {@code /engine-rest} and {@code /api}, the webapps' login, and any other caller of {@code
 * checkPassword}. An administrator's unlock (Camunda Admin, {@code POST /engine-rest/user/{id}/unlock}) also ends the
 * throttle's delays for the user.
 */
class ThrottledIdentityService extends IdentityServiceImpl {

    private final LoginThrottle throttle;

    ThrottledIdentityService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String source = LoginThrottle.currentSource();
        if (userId == null || !throttle.tryBegin(userId, source)) {
            return false;
        }
        boolean answered = false;
        boolean valid = false;
        try {
            valid = super.checkPassword(userId, password);
            answered = true;
        } finally {
            if (!answered) {
                throttle.abandoned(userId, source);
            } else if (valid) {
                throttle.succeeded(userId, source);
            } else {
                throttle.failed(userId, source);
            }
        }
        return valid;
    }

    @Override
    public void unlockUser(String userId) {
        super.unlockUser(userId);
        throttle.forget(userId);
    }
}
