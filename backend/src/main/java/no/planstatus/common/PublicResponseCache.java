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
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the answers of public GETs (the API's public reads and the embed pages) in memory, as the bytes that were
 * sent, for the current data revision: the many intranets that show the same status then cost no query and no
 * rendering. Compressible answers are kept gzip-compressed and replayed so to clients that accept gzip; for the
 * others they are decompressed once and that copy is kept too ({@link Compression}; the ETag says which). Every
 * write moves the revision on (see {@link DataRevision}), which empties the cache. Only successful
 * answers are kept, within the byte budget of {@link ResponseCacheStore}, which also evicts and expires them.
 * <p>
 * The key is the path, the raw query and the Accept header; nothing else a request sends (Host, X-Forwarded-*,
 * cookies) may change an answer that is kept, which is why shared answers build their links from
 * {@link PublicUrl}. Unknown and repeated query parameters never get here ({@link QueryParameterCheck}).
 * <p>
 * With several instances on one database, a write on another instance moves the shared revision on too; this
 * instance sees that within {@code planstatus.data-revision.max-age} and empties its cache just as after a write
 * of its own.
 */
@Provider
@Priority(Priorities.USER + 10)
public class PublicResponseCache implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, "Content-Security-Policy",
            "Content-Disposition");
    private static final String[] NO_HEADERS = new String[0];
    private static final String KEY = PublicResponseCache.class.getName() + ".key";
    private static final String STORE = PublicResponseCache.class.getName() + ".store";
    /** Ends the key of an identity copy of a gzip entry; no request's key ends so (the Accept header comes last). */
    private static final String IDENTITY_KEY = "\n identity";

    private final DataRevision revision;
    private final jakarta.inject.Provider<ResponseCacheStore> stores;
    private volatile ResponseCacheStore store;

    @Context
    ResourceInfo resource;

    // The provider is made before configuration mappings exist, so the store (which reads them) is looked up on
    // first use.
    public PublicResponseCache(DataRevision revision, jakarta.inject.Provider<ResponseCacheStore> stores) {
        this.revision = revision;
        this.stores = stores;
    }

    private ResponseCacheStore store() {
        ResponseCacheStore known = store;
        if (known == null) {
            known = stores.get();
            store = known;
        }
        return known;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ResponseCacheStore store = store();
        if (!store.enabled() || !isCacheable(request)) {
            return;
        }
        long current = revision.current(request);
        store.useRevision(current);
        URI uri = request.getUriInfo().getRequestUri();
        String key = current + " " + uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
                + " " + request.getHeaderString(HttpHeaders.ACCEPT);
        ResponseCacheStore.Entry entry = store.get(key);
        if (entry != null) {
            Response.ResponseBuilder answer;
            if (!entry.gzip()) {
                answer = Response.ok(entry.body(), entry.type());
            } else if (Compression.sendStoredGzip(request)) {
                answer = Response.ok(entry.body(), entry.type());
            } else {
                answer = Response.ok(identityBody(store, key, entry), entry.type());
            }
            String[] headers = entry.headers();
            for (int i = 0; i < headers.length; i += 2) {
                answer.header(headers[i], headers[i + 1]);
            }
            request.abortWith(answer.build());
            return;
        }
        request.setProperty(KEY, key);
    }

    /**
     * The decompressed body of a gzip entry, for a client that does not accept gzip. It is kept as an entry of its
     * own (weighed like any other, under the key with {@link #IDENTITY_KEY} after it), so that such clients, an
     * intranet's server-side fetch or a monitor, do not pay for decompressing a page on every request.
     */
    private static byte[] identityBody(ResponseCacheStore store, String key, ResponseCacheStore.Entry gzipped) {
        String identityKey = key + IDENTITY_KEY;
        ResponseCacheStore.Entry kept = store.get(identityKey);
        if (kept != null) {
            return kept.body();
        }
        byte[] body = Compression.gunzip(gzipped.body());
        if (body.length <= store.maxBodyBytes()) {
            store.put(identityKey, new ResponseCacheStore.Entry(body, gzipped.type(), gzipped.headers(), false));
        }
        return body;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null || response.getStatus() != 200 || response.getEntity() == null
                || response.getMediaType() == null) {
            return;
        }
        List<String> headers = new ArrayList<>(2 * KEPT_HEADERS.size());
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.add(name);
                headers.add(value);
            }
        }
        request.setProperty(STORE, new ResponseCacheStore.Entry(null, response.getMediaType(),
                headers.toArray(NO_HEADERS), false));
    }

    /** Writes the body as usual and keeps a copy of its bytes when the response filter marked it for keeping. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object store = context.getProperty(STORE);
        Object key = context.getProperty(KEY);
        if (!(store instanceof ResponseCacheStore.Entry pending) || key == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        Copy copy = new Copy(original, store().maxBodyBytes());
        context.setOutputStream(copy);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        if (!copy.overflowed) {
            // Compressible answers are kept as gzip, whoever asked first: a gzip client's bytes as sent, an identity
            // client's compressed once here.
            byte[] body = copy.copy.toByteArray();
            boolean gzip = Compression.compresses(context);
            if (!gzip && Compression.isCompressible(pending.type())) {
                body = Compression.gzip(body);
                gzip = true;
            }
            store().put((String) key, new ResponseCacheStore.Entry(body, pending.type(), pending.headers(), gzip));
        }
    }

    /** Passes every byte on and keeps a copy, up to a limit. */
    private static final class Copy extends OutputStream {
        private final OutputStream target;
        private final int limit;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflowed;

        Copy(OutputStream target, int limit) {
            this.target = target;
            this.limit = limit;
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
            if (copy.size() + length > limit) {
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

    /**
     * A GET that anyone may make and that answers alike for everyone: of the public API or of an embed page, never a
     * {@link PrivateRead} ({@link HttpCaching#isOpenToAnyone}).
     */
    private boolean isCacheable(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) && HttpCaching.isOpenToAnyone(resource);
    }
}
