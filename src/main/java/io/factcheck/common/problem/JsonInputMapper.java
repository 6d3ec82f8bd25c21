package io.factcheck.common.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.factcheck.common.StrictJson;
import jakarta.ws.rs.core.UriInfo;

/** Bodies that are not valid JSON or do not fit the request type: 400, naming the field, never a Java type. */
public class JsonInputMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(JsonProcessingException e, UriInfo uriInfo) {
        return problem(e, uriInfo);
    }

    /**
     * Wrong types, unknown enum values, unparseable dates and UUIDs: declared for this exact type, or
     * quarkus-rest-jackson's built-in MismatchedInputException mapper answers them with plain JSON (in dev and test)
     * or an empty body (in prod).
     */
    @ServerExceptionMapper
    public RestResponse<Problem> mapMismatch(MismatchedInputException e, UriInfo uriInfo) {
        return problem(e, uriInfo);
    }

    static RestResponse<Problem> problem(JsonProcessingException e, UriInfo uriInfo) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ProblemType.MALFORMED_REQUEST.response("The body is not valid JSON: " + e.getOriginalMessage(),
                    uriInfo);
        }
        String field = path(mapping);
        String message = describe(mapping);
        return ProblemType.MALFORMED_REQUEST.response("Field '" + field + "' " + message, uriInfo,
                List.of(new Problem.FieldError(field, message)));
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\0') >= 0) {
            return StrictJson.NUL_MESSAGE;
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ", "[", "]"));
            }
            return "must be " + kindOf(target);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + kindOf(mismatched.getTargetType());
        }
        return "is invalid";
    }

    private static String kindOf(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == io.factcheck.common.PublishedAt.class) {
            return "a date (YYYY-MM-DD) or an ISO-8601 date-time with offset";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
