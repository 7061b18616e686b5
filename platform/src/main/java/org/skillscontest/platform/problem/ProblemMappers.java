package org.skillscontest.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.skillscontest.platform.inbox.DeliveryFailures;
import org.skillscontest.platform.json.StrictJson;

/** Every error of every service leaves as RFC 9457 problem details. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem(uri.getPath()));
    }

    /** Named types too: Quarkus prefers its built-in mapper of the most specific type otherwise. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemException.invalid(List.of(unreadableField(e))).toProblem(uri.getPath()));
    }

    private static FieldError unreadableField(JsonProcessingException e) {
        JsonParseException syntax = syntaxErrorOf(e);
        if (syntax != null) {
            // always the body: the path Jackson had reached when the text broke off says little, the position says where
            JsonLocation at = syntax.getLocation();
            return new FieldError("body", "malformed-json", at == null || at.getLineNr() < 0
                    ? "is not valid JSON"
                    : "is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        if (e instanceof StrictJson.UnstorableText text) {
            return new FieldError(pathOf(text.getPath()), text.defect().code, text.defect().message);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(pathOf(mapping.getPath()), "malformed",
                    mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()
                            ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                            : "has the wrong type or format");
        }
        return new FieldError("body", "malformed", "has the wrong type or format");
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                "A valid bearer token is required.", uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "This is outside the caller's rights.", uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus REST's JSON reader rethrows only mismatched input; what Jackson cannot parse or bind comes wrapped in a 400
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        return respond(new Problem(Problem.type(slugOf(title)), title, status, e.getMessage(), uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DeliveryFailures.isTransient(e)) {
            // the database is away or the request collided with another: the client may simply try again
            LOG.warnf("%s unavailable for now: %s", uri.getPath(), e.getClass().getSimpleName());
            return Response.fromResponse(respond(new Problem(Problem.type("unavailable"), "Service unavailable", 503,
                    "The service cannot reach its database just now; nothing was changed. Try again shortly.", uri.getPath(),
                    null))).header("Retry-After", "5").build();
        }
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "The request failed; nothing was changed.", uri.getPath(), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * {@code register.request.entries[3].idNumber} → {@code entries[3].idNumber}, a map's value by its key
     * ({@code panel.request.modules[route].<map value>[0]} → {@code modules.route[0]}): the method and parameter
     * are not the client's. A violation of a query, path or header parameter itself is named as the
     * client sends it ({@code list.size} → {@code size}); of the body itself, {@code body}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0 && !"<map key>".equals(node.getName())) {
                // a map's value by its key, as in the JSON ({@code modules.route[0]}); a bad key itself names only the map
                field.append('.').append(node.getKey());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            String parameter = requestParameterOf(violation);
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    /** The name of the request parameter whose resource method parameter the violation is about; null for the body. */
    private static String requestParameterOf(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        Integer index = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (method == null || index == null || violation.getRootBeanClass() == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        // up from the bean's class: a generated subclass overrides the method without the resource's annotations
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            try {
                for (Annotation a : type.getDeclaredMethod(method.getName(), types).getParameterAnnotations()[index]) {
                    if (a instanceof QueryParam q) {
                        return q.value();
                    } else if (a instanceof PathParam p) {
                        return p.value();
                    } else if (a instanceof HeaderParam h) {
                        return h.value();
                    }
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // declared further up
            }
        }
        return null;
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Databind wraps a syntax error met inside an object's property in a JsonMappingException with that property's path. */
    private static JsonParseException syntaxErrorOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replace(' ', '-');
    }
}
