package io.factcheck.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a resource method returning a Uni: once the request has started its work, the work runs to its end (commit or
 * rollback) even when the client goes away. Without it, a closed connection cancels the Uni mid-transaction, and
 * Hibernate Reactive closes the session under a live transaction (rolled back, but logged as HR000090 and HHH000099
 * errors). The client learns the outcome by retrying with the same Idempotency-Key.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsToCompletion {
}
