package io.factcheck.common.http;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** See {@link RunsToCompletion}: the work is subscribed on its own, so cancelling the response does not reach it. */
@RunsToCompletion
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RunsToCompletionInterceptor {

    @AroundInvoke
    Object runToCompletion(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        return result instanceof Uni<?> work ? detached(work) : result;
    }

    /**
     * The returned Uni relays the work's outcome; cancelling it only drops that outcome. The work is subscribed on the
     * caller's Vert.x context, where its reactive session lives.
     */
    static <T> Uni<T> detached(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
