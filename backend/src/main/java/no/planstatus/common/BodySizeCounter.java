package no.planstatus.common;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Holds a body sent without Content-Length to the limit of its path ({@link BodySizeLimit}) by counting the bytes
 * as they are read. The server itself refuses only what exceeds its global limit, which import needs to be large.
 */
@Provider
public class BodySizeCounter implements ReaderInterceptor {

    @Context
    ResourceInfo resource;

    private final BodySizeLimit limit;

    public BodySizeCounter(BodySizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) != null) {
            // announced, so already checked before the body was read
            return context.proceed();
        }
        Method method = resource.getResourceMethod();
        CountingStream counted = new CountingStream(context.getInputStream(), limit.limitFor(method));
        context.setInputStream(counted);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // The reader may wrap the overflow in a parse error of its own; the size is what to report.
            if (counted.exceeded) {
                throw limit.tooLarge(method);
            }
            throw e;
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private final long max;
        private long count;
        private boolean exceeded;

        CountingStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next != -1) {
                add(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                add(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long bytes) throws IOException {
            count += bytes;
            if (count > max) {
                exceeded = true;
                throw new IOException("The body is larger than " + max + " bytes");
            }
        }
    }
}
