package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** The problem types this API answers with: one per HTTP status it uses for errors. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:claims-api:problem:" + name().toLowerCase().replace('_', '-');
    }

    public Problem problem(String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(uri(), title, status, detail, instance, errors == null || errors.isEmpty() ? null : errors);
    }

    public RestResponse<Problem> response(String detail, UriInfo uriInfo) {
        return response(detail, uriInfo, null);
    }

    public RestResponse<Problem> response(String detail, UriInfo uriInfo, List<Problem.FieldError> errors) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return RestResponse.ResponseBuilder.<Problem>create(status, title)
                .entity(problem(detail, instance, errors))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
