package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** What the REST layer rejects itself (unknown path, wrong method, media type, unreadable parameter) as problems. */
public class WebApplicationMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(WebApplicationException e, UriInfo uriInfo) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return JsonInputMapper.problem(json, uriInfo); // the JSON reader wraps its parse errors
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        RestResponse<Problem> problem = type.response(detail(status, e), uriInfo);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return RestResponse.ResponseBuilder.fromResponse(problem)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }

    private static String detail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 406 -> "None of the media types in Accept can be produced here";
            case 413 -> "The request body is larger than this service accepts";
            case 415 -> "This media type is not accepted here; send application/json";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? ProblemType.forStatus(status).name().toLowerCase().replace('_', ' ')
                    : e.getMessage();
        };
    }
}
