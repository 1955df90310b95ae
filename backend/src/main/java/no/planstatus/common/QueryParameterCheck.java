package no.planstatus.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers a query parameter that the operation does not know, or a known one given more than once, with a 400
 * problem naming it, before any caching filter runs. A misspelt filter ({@code ?stauts=}) would otherwise be
 * ignored silently and answer with everything; {@code ?goal=1&goal=2} would silently mean goal 1; and every junk
 * parameter would make another entry in the response cache. An operation knows the names of its
 * {@link QueryParam}s, including those of its {@link BeanParam}s.
 * <p>
 * The check reads the raw query without decoding it or allocating, unless a name is percent-encoded.
 */
@Provider
@Priority(Priorities.USER - 100)
public class QueryParameterCheck implements ContainerRequestFilter {

    /** Reported like the other parameter problems, see {@link Params}. */
    static final String DETAIL = "Ett eller flere parametere er ugyldige.";

    private final Map<Method, String[]> knownByMethod = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    io.vertx.core.http.HttpServerRequest vertxRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.getDeclaringClass() == UnknownApiPathResource.class) {
            return;
        }
        String uri = vertxRequest.uri();
        int semicolon = uri.indexOf(';');
        int queryStart = uri.indexOf('?');
        if (semicolon >= 0 && (queryStart < 0 || semicolon < queryStart)) {
            // Matrix parameters (/goals/1;x) would slip past the id rules and this check, and fill the cache.
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, DETAIL, List.of(new Problem.Violation("path",
                    "kan ikke ha parametere etter semikolon (;); bruk spørreparametere (?navn=verdi)")));
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return;
        }
        String[] known = knownByMethod.get(method);
        if (known == null) {
            known = knownByMethod.computeIfAbsent(method, QueryParameterCheck::queryParameterNames);
        }
        List<Problem.Violation> violations = check(query, known);
        if (violations != null) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, DETAIL, violations);
        }
    }

    /** The violations in a raw query string, or {@code null} when every name is known and given once. */
    static List<Problem.Violation> check(String rawQuery, String[] known) {
        long seen = 0;
        long reported = 0;
        List<Problem.Violation> violations = null;
        int length = rawQuery.length();
        int start = 0;
        while (start <= length) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int equals = rawQuery.indexOf('=', start);
                int nameEnd = equals < 0 || equals > end ? end : equals;
                int index = indexOf(known, rawQuery, start, nameEnd);
                if (index < 0) {
                    violations = add(violations, name(rawQuery, start, nameEnd), unknownMessage(known));
                } else if ((seen & (1L << index)) == 0) {
                    seen |= 1L << index;
                } else if ((reported & (1L << index)) == 0) {
                    reported |= 1L << index;
                    violations = add(violations, known[index], "kan bare oppgis én gang");
                }
            }
            start = end + 1;
        }
        return violations;
    }

    private static int indexOf(String[] known, String query, int start, int end) {
        if (needsDecoding(query, start, end)) {
            String name = name(query, start, end);
            for (int i = 0; i < known.length; i++) {
                if (known[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        int length = end - start;
        for (int i = 0; i < known.length; i++) {
            if (known[i].length() == length && query.regionMatches(start, known[i], 0, length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsDecoding(String query, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = query.charAt(i);
            if (c == '%' || c == '+') {
                return true;
            }
        }
        return false;
    }

    private static String name(String query, int start, int end) {
        String raw = query.substring(start, end);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String unknownMessage(String[] known) {
        return known.length == 0 ? "er ikke et kjent parameter; denne adressen tar ingen parametere"
                : "er ikke et kjent parameter; kjente parametere her er " + String.join(", ", known);
    }

    private static List<Problem.Violation> add(List<Problem.Violation> violations, String field, String message) {
        List<Problem.Violation> list = violations == null ? new ArrayList<>() : violations;
        String shown = field.length() > 40 ? field.substring(0, 40) + "…" : field;
        if (list.stream().noneMatch(v -> v.field().equals(shown) && v.message().equals(message))) {
            list.add(new Problem.Violation(shown, message));
        }
        return list;
    }

    /** The query parameter names a resource method declares, on its parameters and in its bean parameters. */
    static String[] queryParameterNames(Method method) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class;
                        type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        if (names.size() > Long.SIZE) {
            throw new IllegalStateException(method + " declares more query parameters than the check can track");
        }
        return names.toArray(String[]::new);
    }
}
