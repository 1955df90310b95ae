package no.planstatus.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for every text answer of a resource (JSON, problem+json, the embed pages' HTML, the Atom feed, CSV), first
 * or replayed from {@link PublicResponseCache}, for a client whose Accept-Encoding allows gzip; identity for any
 * other client. Vert.x compresses the static web app the same way (quarkus.http.compress-media-types), and every
 * answer says {@code Vary: Accept-Encoding} (application.properties).
 * <p>
 * Compressing here rather than leaving it to Vert.x means the answer knows its own encoding, so that its ETag can
 * differ by it, as RFC 9110 section 8.8.3 asks of a strong validator: the gzip body of {@code "7"} is tagged
 * {@code "7-gzip"}, on a 200 and a 304 alike. If-None-Match is answered with a 304 only for the tag of the encoding
 * this request gets ({@link HttpCaching}); If-Match accepts either form ({@link Versions#requireMatch}), since both
 * name the same version.
 * <p>
 * The filter decides; the Content-Encoding and the ETag's suffix are set on the Vert.x response as its headers end,
 * after every filter has set the ETag, and where they replace the {@code identity} that Quarkus puts there first
 * (a second Content-Encoding next to it would be dropped with it).
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class Compression implements ContainerResponseFilter {

    static final String GZIP = "gzip";
    static final String IDENTITY = "identity";
    static final String TAG_SUFFIX = "-gzip";
    private static final String COMPRESS = Compression.class.getName() + ".compress";
    private static final String STORED_GZIP = Compression.class.getName() + ".stored";
    private static final String COMPRESSED = Compression.class.getName() + ".compressed";
    private static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json",
            "application/atom+xml", "application/xml", "text/xml", "text/html", "text/csv", "text/plain",
            "text/css", "text/javascript", "application/javascript", "image/svg+xml");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean stored = request.getProperty(STORED_GZIP) != null;
        boolean compressible = response.hasEntity() ? isCompressible(response.getMediaType())
                : response.getStatus() == 304 && producesCompressible(resource);
        boolean gzip = stored || (acceptsGzip(request) && compressible);
        if (!compressible && !stored) {
            return;
        }
        RoutingContext routing = routing();
        // On HTTP/2, Netty compresses the data frames by the Content-Encoding header itself: the body stays
        // identity here and the header asks for gzip.
        boolean http2 = isHttp2(routing);
        if (gzip && response.hasEntity() && !stored && !http2) {
            request.setProperty(COMPRESS, Boolean.TRUE);
        }
        // The headers are settled on the Vert.x response just before they are sent, after every filter (whatever
        // their order) has set the ETag, and replacing the "identity" Quarkus puts there first.
        boolean body = response.hasEntity();
        int status = response.getStatus();
        routing.addHeadersEndHandler(ignored -> {
            // gzip only when the body really is: some answers (a 401 or 403 of the security layer) are written
            // without the writer interceptors.
            boolean encoded = body ? stored || routing.get(COMPRESSED) != null || (http2 && gzip) : gzip;
            MultiMap headers = routing.response().headers();
            if (body) {
                headers.set(HttpHeaders.CONTENT_ENCODING, encoded ? GZIP : IDENTITY);
            }
            String tag = headers.get(HttpHeaders.ETAG);
            if (encoded && tag != null && (status / 100 == 2 || status == 304)) {
                headers.set(HttpHeaders.ETAG, tagFor(tag, true));
            }
        });
    }

    /**
     * Whether gzip bytes kept by {@link PublicResponseCache} may be sent to this request as they are (it accepts
     * gzip over HTTP/1.1); if so, marks the request so.
     */
    static boolean sendStoredGzip(ContainerRequestContext request) {
        if (!acceptsGzip(request) || isHttp2(routing())) {
            return false;
        }
        request.setProperty(STORED_GZIP, Boolean.TRUE);
        return true;
    }

    private static RoutingContext routing() {
        return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    }

    private static boolean isHttp2(RoutingContext routing) {
        return routing.request().version() == HttpVersion.HTTP_2;
    }

    /** Whether {@link Writer} compresses this body. */
    static boolean compresses(WriterInterceptorContext context) {
        return context.getProperty(COMPRESS) != null;
    }

    /** Whether the request's Accept-Encoding allows gzip (by name, {@code x-gzip} or {@code *}, with q above 0). */
    static boolean acceptsGzip(ContainerRequestContext request) {
        return acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean named = false;
        boolean star = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean allowed = quality(pieces) > 0;
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                if (!allowed) {
                    return false;
                }
                named = true;
            } else if (coding.equals("*")) {
                star = allowed;
            }
        }
        return named || star;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static boolean isCompressible(MediaType type) {
        return type != null && COMPRESSIBLE.contains(
                (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the matched method's answer is compressible, for a 304 that carries no body to tell: what it
     * {@link Produces} (JSON when it says nothing, as for every resource here).
     */
    static boolean producesCompressible(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return true;
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            return true;
        }
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                if (isCompressible(MediaType.valueOf(type.trim()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ETag of the gzip or identity body of what {@code tag} (an identity tag, strong or weak) names. */
    static String tagFor(String tag, boolean gzip) {
        if (!gzip || !tag.endsWith("\"") || tag.endsWith(TAG_SUFFIX + "\"")) {
            return tag;
        }
        return tag.substring(0, tag.length() - 1) + TAG_SUFFIX + "\"";
    }

    /** The identity form of a tag that may carry the gzip suffix. */
    static String identityTag(String tag) {
        return tag.endsWith(TAG_SUFFIX + "\"")
                ? tag.substring(0, tag.length() - TAG_SUFFIX.length() - 1) + "\""
                : tag;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compresses the body that {@link #filter} marked. Writer interceptors run from the lowest priority up, each
     * inside the one before, so this runs inside {@link PublicResponseCache}'s, which thus keeps the gzip bytes.
     */
    @Provider
    @Priority(Priorities.USER + 20)
    public static class Writer implements WriterInterceptor {

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            if (context.getProperty(COMPRESS) == null) {
                context.proceed();
                return;
            }
            routing().put(COMPRESSED, Boolean.TRUE);
            OutputStream original = context.getOutputStream();
            GZIPOutputStream gzip = new GZIPOutputStream(new Unclosed(original), 8192);
            context.setOutputStream(gzip);
            try {
                context.proceed();
            } finally {
                context.setOutputStream(original);
            }
            gzip.finish();
            gzip.flush();
        }
    }

    /** Lets the gzip stream finish without closing the response's own stream, which the runtime closes. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
