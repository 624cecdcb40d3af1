package org.camunda.bpm.spring.boot.starter.webapp.filter;

/** Test support: clears the Camunda webapps' static application context after a start that failed. */
public final class WebappContextReset {

    public static void forget() {
        LazyInitRegistration.APPLICATION_CONTEXT = null;
    }

    private WebappContextReset() {}
}
