package no.planstatus.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the answers of public GETs (the API's public reads and the /embed pages) in memory, as the bytes that were
 * sent, for the current data revision: the many intranets that show the same status then cost no query and no
 * rendering. Every write moves the revision on (see {@link DataRevision}), which empties the cache; an entry also
 * expires after {@link #MAX_AGE_MILLIS}, because some pages show today's date. Only successful answers of at most
 * {@link #MAX_BODY_BYTES} are kept, at most {@link #MAX_ENTRIES} of them.
 * <p>
 * Like the revision itself this assumes one application instance per database; with more, turn it off
 * ({@code planstatus.response-cache.enabled=false}).
 */
@Provider
@Priority(Priorities.USER + 10)
public class PublicResponseCache implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final int MAX_ENTRIES = 2000;
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final long MAX_AGE_MILLIS = 60_000;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, "Content-Security-Policy",
            "Content-Disposition");
    private static final String KEY = PublicResponseCache.class.getName() + ".key";
    private static final String STORE = PublicResponseCache.class.getName() + ".store";

    private record Entry(byte[] body, MediaType type, Map<String, String> headers, long storedAt) {
    }

    private final DataRevision revision;
    private final jakarta.inject.Provider<PlanstatusConfig> config;
    private volatile Boolean enabled;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long entriesRevision = -1;

    @Context
    ResourceInfo resource;

    // The provider is made before configuration mappings exist, so the setting is read on first use.
    public PublicResponseCache(DataRevision revision, jakarta.inject.Provider<PlanstatusConfig> config) {
        this.revision = revision;
        this.config = config;
    }

    private boolean enabled() {
        Boolean known = enabled;
        if (known == null) {
            known = config.get().responseCache().enabled();
            enabled = known;
        }
        return known;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!enabled() || !isCacheable(request)) {
            return;
        }
        long current = revision.current();
        if (current != entriesRevision) {
            entries.clear();
            entriesRevision = current;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String key = current + " " + uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
                + " " + request.getHeaderString(HttpHeaders.ACCEPT);
        Entry entry = entries.get(key);
        if (entry != null && System.currentTimeMillis() - entry.storedAt() < MAX_AGE_MILLIS) {
            Response.ResponseBuilder answer = Response.ok(entry.body(), entry.type());
            entry.headers().forEach(answer::header);
            request.abortWith(answer.build());
            return;
        }
        request.setProperty(KEY, key);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null || response.getStatus() != 200 || response.getEntity() == null
                || response.getMediaType() == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        request.setProperty(STORE, new Entry(null, response.getMediaType(), headers, System.currentTimeMillis()));
    }

    /** Writes the body as usual and keeps a copy of its bytes when the response filter marked it for keeping. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object store = context.getProperty(STORE);
        Object key = context.getProperty(KEY);
        if (!(store instanceof Entry pending) || key == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        Copy copy = new Copy(original);
        context.setOutputStream(copy);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        if (!copy.overflowed) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put((String) key,
                    new Entry(copy.copy.toByteArray(), pending.type(), pending.headers(), pending.storedAt()));
        }
    }

    /** Passes every byte on and keeps a copy, up to {@link #MAX_BODY_BYTES}. */
    private static final class Copy extends OutputStream {
        private final OutputStream target;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflowed;

        Copy(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (overflowed) {
                return;
            }
            if (copy.size() + length > MAX_BODY_BYTES) {
                overflowed = true;
                copy.reset();
                return;
            }
            copy.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    /** A GET that anyone may make, of the public API (not sign-in) or of an embed page. */
    private boolean isCacheable(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return false;
        }
        String path = request.getUriInfo().getRequestUri().getPath();
        boolean api = path.startsWith("/api/") && !path.startsWith("/api/v1/auth");
        if (!api && !path.startsWith("/embed/")) {
            return false;
        }
        return HttpCaching.isOpenToAnyone(resource);
    }
}
