package io.factcheck.common.problem;

import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.UriInfo;

/**
 * Bean Validation failures: a body field that breaks a rule is 422 (well-formed but invalid), a query parameter out
 * of range is 400; a violation on a return value is our bug, not the client's.
 */
public class ValidationMapper {

    private static final Logger LOG = Logger.getLogger(ValidationMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> map(ConstraintViolationException e, UriInfo uriInfo) {
        if (e.getConstraintViolations().stream().anyMatch(ValidationMapper::onReturnValue)) {
            LOG.error("Response failed validation", e);
            return ProblemType.INTERNAL_ERROR.response("The server produced an invalid response", uriInfo);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        boolean bodyField = e.getConstraintViolations().stream().anyMatch(ValidationMapper::inBody);
        ProblemType type = bodyField ? ProblemType.UNPROCESSABLE : ProblemType.MALFORMED_REQUEST;
        String detail = errors.size() == 1
                ? "'" + errors.get(0).field() + "' " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return type.response(detail, uriInfo, errors);
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBody(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.anchor.start" → "anchor.start"; "list.limit" → "limit". */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
