package no.planstatus.common;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST operations this application serves, found once at startup from the resource classes' {@code @Path} and
 * HTTP method annotations, for filters that act before JAX-RS has chosen a method (Vert.x route filters and
 * pre-matching filters). They read an operation's facts ({@link BodyLimit}, {@link PrivateRead}, ...) from the
 * method found here; filters that run after matching read the same annotations through {@code ResourceInfo}. So a
 * fact about an operation is stated once, on the operation, and no filter names a feature's path.
 * <p>
 * Matching follows JAX-RS closely enough for that: a template variable matches one segment (or its own regular
 * expression), and of several matching templates the one with the most literal characters wins.
 */
@Startup
@ApplicationScoped
public class Operations {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?}");

    private final List<Entry> entries;
    private final Set<String> roots;
    private final Map<Class<? extends Annotation>, List<Entry>> carrying = new ConcurrentHashMap<>();

    public Operations(BeanManager beans) {
        List<Entry> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base != null) {
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(Entry.of(verb, join(base.value(), sub == null ? "" : sub.value()), method));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Entry::literals).reversed());
        this.entries = List.copyOf(found);
        Set<String> firstSegments = new TreeSet<>();
        for (Entry entry : entries) {
            String template = entry.template.substring(1);
            int slash = template.indexOf('/');
            firstSegments.add(slash < 0 ? template : template.substring(0, slash));
        }
        this.roots = Set.copyOf(firstSegments);
    }

    /** The resource method that answers this method and path; a HEAD is answered by the GET. */
    public Optional<Method> find(String httpMethod, String path) {
        return find(entries, httpMethod, path);
    }

    /**
     * The resource method that answers this method and path when it carries the annotation. Only the operations
     * that carry it are matched, so this costs little on every request.
     */
    public Optional<Method> findWith(String httpMethod, String path, Class<? extends Annotation> fact) {
        return find(carrying.computeIfAbsent(fact, f -> entries.stream()
                .filter(e -> e.method.isAnnotationPresent(f)).toList()), httpMethod, path)
                // a more specific operation without the fact may answer the path instead
                .filter(method -> find(httpMethod, path).orElse(null) == method);
    }

    /** Whether the operation for this method and path carries the annotation. */
    public boolean has(String httpMethod, String path, Class<? extends Annotation> fact) {
        return findWith(httpMethod, path, fact).isPresent();
    }

    private static Optional<Method> find(List<Entry> candidates, String httpMethod, String path) {
        if (path == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String verb = "HEAD".equalsIgnoreCase(httpMethod) ? "GET" : httpMethod.toUpperCase(Locale.ROOT);
        for (Entry entry : candidates) {
            if (entry.httpMethod.equals(verb) && entry.pattern.matcher(normalized).matches()) {
                return Optional.of(entry.method);
            }
        }
        return Optional.empty();
    }

    /** The first path segments any resource serves ({@code api}, {@code embed}, ...). */
    public Set<String> roots() {
        return roots;
    }

    /** How many operations were found; none would mean the index is broken. */
    public int size() {
        return entries.size();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private record Entry(String httpMethod, String template, Pattern pattern, int literals, Method method) {

        static Entry of(String httpMethod, String template, Method method) {
            StringBuilder regex = new StringBuilder();
            Matcher variables = VARIABLE.matcher(template);
            int literals = 0;
            int last = 0;
            while (variables.find()) {
                regex.append(Pattern.quote(template.substring(last, variables.start())));
                literals += variables.start() - last;
                String own = variables.group(2);
                regex.append("(?:").append(own == null || own.isBlank() ? "[^/]+" : own.strip()).append(')');
                last = variables.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            literals += template.length() - last;
            return new Entry(httpMethod, template, Pattern.compile(regex.toString()), literals, method);
        }
    }
}
