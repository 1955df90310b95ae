package no.planstatus.common;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * ETags, 304 and Cache-Control for the API.
 * <p>
 * A public GET without a version ETag of its own gets {@code "r<revision>-<hash of path and query>"}; since every
 * change to public data moves the revision on ({@link DataRevision}), If-None-Match is answered before the
 * resource method runs, at the cost of reading the revision (one small read shared by the requests of 200 ms). A single resource keeps its version ETag (writes send it back in
 * If-Match); it answers If-None-Match only where the version alone determines the body
 * ({@link RevalidateByVersion}). Anything that needs a caller is never stored by caches. The tags set here name the
 * identity body; {@link Compression} adds {@code -gzip} to those of gzip bodies.
 */
@Provider
public class HttpCaching implements ContainerRequestFilter, ContainerResponseFilter {

    static final String PUBLIC = "public, max-age=30, must-revalidate";
    static final String PRIVATE = "no-store";
    private static final String REVISION_TAG = HttpCaching.class.getName() + ".tag";

    @Context
    ResourceInfo resource;

    private final DataRevision revision;

    public HttpCaching(DataRevision revision) {
        this.revision = revision;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isPublicRead(request) || resource.getResourceMethod().isAnnotationPresent(RevalidateByVersion.class)) {
            return;
        }
        String tag = "\"r" + revision.current(request) + "-" + hash(request.getUriInfo().getRequestUri()) + "\"";
        request.setProperty(REVISION_TAG, tag);
        // Only a tag this URI was given on a 200 at this revision: the answer would be that 200 again. "*" names no
        // answer, so it waits for the resource method to have accepted the parameters (RFC 9110 section 13.2.1).
        // The tag of the encoding this request gets ({@link Compression}): a client never gets a 304 for a body it
        // does not hold.
        boolean gzip = Compression.acceptsGzip(request) && Compression.producesCompressible(resource);
        if (namesTag(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), Compression.tagFor(tag, gzip))) {
            request.abortWith(Response.notModified().header(HttpHeaders.ETAG, tag).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPublicRead(request)) {
            if (request.getUriInfo().getRequestUri().getPath().startsWith("/api/")) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            return;
        }
        int status = response.getStatus();
        if (status != 200 && status != 304) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
        Object tag = request.getProperty(REVISION_TAG);
        if (tag != null && status == 200 && response.getHeaderString(HttpHeaders.ETAG) == null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        Method method = resource.getResourceMethod();
        String versionTag = response.getHeaderString(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean gzip = Compression.acceptsGzip(request) && (response.hasEntity()
                ? Compression.isCompressible(response.getMediaType()) : Compression.producesCompressible(resource));
        boolean byVersion = method != null && method.isAnnotationPresent(RevalidateByVersion.class)
                && versionTag != null && namesTag(ifNoneMatch, Compression.tagFor(versionTag, gzip));
        if (status == 200 && (byVersion || namesAnyTag(ifNoneMatch))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** A GET or HEAD under /api that anyone may make and that answers alike for everyone. */
    private boolean isPublicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || !path.startsWith("/api/")) {
            return false;
        }
        return isOpenToAnyone(resource);
    }

    /**
     * Whether the matched resource method may be called without a caller (no role, not {@code @Authenticated}) and
     * answers alike for everyone (not a {@link PrivateRead}).
     */
    static boolean isOpenToAnyone(ResourceInfo resource) {
        Method target = resource.getResourceMethod();
        return target != null && !needsCaller(target) && !needsCaller(resource.getResourceClass())
                && !target.isAnnotationPresent(PrivateRead.class);
    }

    private static boolean needsCaller(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(Authenticated.class);
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for If-None-Match). */
    static boolean namesTag(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** If-None-Match: * — true for any current representation, so only once the request was found valid. */
    static boolean namesAnyTag(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }

    private static String hash(URI uri) {
        CRC32 crc = new CRC32();
        crc.update((uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery()))
                .getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
