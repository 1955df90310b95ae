package no.planstatus.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.FileRegion;
import io.netty.util.concurrent.ScheduledFuture;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Closes connections whose client sends a request too slowly, so that a few hundred of them cannot hold the
 * server's connections (slowloris). Vert.x has an idle timeout, but a client that sends one byte a second is never
 * idle, and it has no deadline for the request headers or body at all. This guard puts a small handler at the
 * head of every accepted connection: the headers must be complete within {@link SlowClientLimits#headerTimeout()},
 * the body within {@link SlowClientLimits#bodyTimeout()} plus a second for every
 * {@link SlowClientLimits#bodyMinRate()} bytes received. Time while the server itself has stopped reading (its
 * workers are busy) does not count. A client that runs out of time gets a 408 problem, when no answer has been
 * started yet, and the connection is closed.
 * <p>
 * The handler follows only HTTP/1.x framing (request line and headers, Content-Length or chunked body). It steps
 * aside for TLS, HTTP/2 with prior knowledge and upgraded connections, which this server does not offer behind its
 * reverse proxy. Vert.x offers no hook for new connections, so the guard reaches the listening channel through
 * Vert.x's server registry; {@code SlowClientGuardTest} fails if a Vert.x upgrade moves it.
 */
@ApplicationScoped
public class SlowClientGuard {

    private static final Logger LOG = Logger.getLogger(SlowClientGuard.class);
    private static final String ACCEPT_HOOK = "planstatus-slow-client-guard";

    private final Vertx vertx;
    private final SlowClientLimits limits;
    private final ObjectMapper objectMapper;
    private volatile boolean installed;

    public SlowClientGuard(Vertx vertx, SlowClientLimits limits, ObjectMapper objectMapper) {
        this.vertx = vertx;
        this.limits = limits;
        this.objectMapper = objectMapper;
    }

    /** Whether every listening HTTP server has the guard. */
    public boolean installed() {
        return installed;
    }

    void install(@ObservesAsync HttpServerStart started) {
        try {
            Field bindFuture = TCPServerBase.class.getDeclaredField("bindFuture");
            bindFuture.setAccessible(true);
            for (TCPServerBase server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                @SuppressWarnings("unchecked")
                Future<Channel> bound = (Future<Channel>) bindFuture.get(server);
                Channel listening = bound == null ? null : bound.result();
                if (listening != null && listening.pipeline().get(ACCEPT_HOOK) == null) {
                    listening.pipeline().addFirst(ACCEPT_HOOK, new AcceptHook());
                }
            }
            installed = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("The slow-client timeouts could not be installed; slow clients can hold connections", e);
        }
    }

    /** Sees each accepted connection before Vert.x sets it up, and puts a {@link RequestTimer} in front. */
    @ChannelHandler.Sharable
    private final class AcceptHook extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel connection) {
                connection.pipeline().addFirst(new RequestTimer());
            }
            ctx.fireChannelRead(accepted);
        }
    }

    private enum Phase { HEAD, BODY, BETWEEN_REQUESTS }

    private enum Chunk { SIZE, EXTENSION, DATA, DATA_END, TRAILER }

    /** One per connection; runs on the connection's event loop only. */
    private final class RequestTimer extends ChannelDuplexHandler {

        private static final int MAX_HEAD_KEPT = 64 * 1024;

        private final long headerNanos = limits.headerTimeout().toNanos();
        private final long bodyNanos = limits.bodyTimeout().toNanos();
        private final long nanosPerByte = Math.max(1,
                TimeUnit.SECONDS.toNanos(1) / Math.max(1, limits.bodyMinRate().asLongValue()));

        private ChannelHandlerContext ctx;
        private Phase phase = Phase.HEAD;
        private ScheduledFuture<?> timer;
        private long phaseStart;
        private long pausedNanos;
        private boolean answerStarted;
        private String path;

        // request head
        private final StringBuilder head = new StringBuilder();
        private int lineLength;
        private boolean headBegun;

        // body
        private boolean chunked;
        private boolean upgrade;
        private long remaining;
        private long received;
        private Chunk chunk;
        private boolean chunkSizeSeen;

        @Override
        public void handlerAdded(ChannelHandlerContext context) {
            ctx = context;
            startPhase(Phase.HEAD, headerNanos);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            cancelTimer();
            context.fireChannelInactive();
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if ((message instanceof ByteBuf bytes && bytes.isReadable()) || message instanceof FileRegion) {
                answerStarted = true;
            }
            context.write(message, promise);
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof ByteBuf bytes) {
                follow(bytes);
            }
            context.fireChannelRead(message);
        }

        private void follow(ByteBuf bytes) {
            int i = bytes.readerIndex();
            int end = bytes.writerIndex();
            while (i < end && ctx != null) {
                switch (phase) {
                    case BETWEEN_REQUESTS -> {
                        byte b = bytes.getByte(i);
                        if (b == '\r' || b == '\n') {
                            i++;
                        } else {
                            beginRequest();
                        }
                    }
                    case HEAD -> i = readHead(bytes, i, end);
                    case BODY -> i = chunked ? readChunked(bytes, i, end) : readFixed(i, end);
                }
            }
        }

        private void beginRequest() {
            head.setLength(0);
            lineLength = 0;
            headBegun = false;
            answerStarted = false;
            startPhase(Phase.HEAD, headerNanos);
        }

        private int readHead(ByteBuf bytes, int i, int end) {
            for (; i < end; i++) {
                char c = (char) (bytes.getByte(i) & 0xff);
                if (!headBegun) {
                    if (c == '\r' || c == '\n') {
                        continue;
                    }
                    if (c == 0x16) {
                        stepAside(); // a TLS handshake: the bytes that follow are not readable here
                        return end;
                    }
                    headBegun = true;
                }
                if (head.length() < MAX_HEAD_KEPT) {
                    head.append(c);
                }
                if (head.length() == 14 && head.toString().equals("PRI * HTTP/2.0")) {
                    stepAside();
                    return end;
                }
                if (c == '\n') {
                    if (lineLength == 0) {
                        headComplete();
                        return i + 1;
                    }
                    lineLength = 0;
                } else if (c != '\r') {
                    lineLength++;
                }
            }
            return end;
        }

        private void headComplete() {
            String[] lines = head.toString().split("\r?\n");
            String[] requestLine = lines[0].split(" ");
            path = requestLine.length > 1 ? requestLine[1].split("\\?", 2)[0] : null;
            chunked = false;
            upgrade = false;
            long length = 0;
            for (int n = 1; n < lines.length; n++) {
                int colon = lines[n].indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = lines[n].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[n].substring(colon + 1).trim();
                switch (name) {
                    case "transfer-encoding" -> chunked |= value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "content-length" -> length = parseLength(value);
                    case "upgrade" -> upgrade = true;
                    default -> {
                    }
                }
            }
            if (chunked) {
                chunk = Chunk.SIZE;
                chunkSizeSeen = false;
                remaining = 0;
            } else {
                remaining = length;
            }
            if (chunked || remaining > 0) {
                received = 0;
                startPhase(Phase.BODY, bodyNanos);
            } else {
                requestComplete();
            }
        }

        private static long parseLength(String value) {
            try {
                return Math.max(0, Long.parseLong(value));
            } catch (NumberFormatException e) {
                return 0; // Vert.x answers a malformed length itself
            }
        }

        private int readFixed(int i, int end) {
            long taken = Math.min(remaining, end - i);
            remaining -= taken;
            received += taken;
            if (remaining == 0) {
                requestComplete();
            }
            return i + (int) taken;
        }

        private int readChunked(ByteBuf bytes, int i, int end) {
            while (i < end && phase == Phase.BODY) {
                if (chunk == Chunk.DATA) {
                    long taken = Math.min(remaining, end - i);
                    remaining -= taken;
                    received += taken;
                    i += (int) taken;
                    if (remaining == 0) {
                        chunk = Chunk.DATA_END;
                    }
                    continue;
                }
                char c = (char) (bytes.getByte(i++) & 0xff);
                received++;
                switch (chunk) {
                    case SIZE -> {
                        int digit = Character.digit(c, 16);
                        if (digit >= 0 && remaining < (Long.MAX_VALUE >> 4)) {
                            remaining = remaining * 16 + digit;
                            chunkSizeSeen = true;
                        } else if (c == ';' || c == ' ' || c == '\t') {
                            chunk = Chunk.EXTENSION;
                        } else if (c == '\n') {
                            endOfSizeLine();
                        } else if (c != '\r') {
                            requestComplete(); // malformed: Vert.x refuses the request, nothing left to time
                        }
                    }
                    case EXTENSION -> {
                        if (c == '\n') {
                            endOfSizeLine();
                        }
                    }
                    case DATA_END -> {
                        if (c == '\n') {
                            chunk = Chunk.SIZE;
                            chunkSizeSeen = false;
                            remaining = 0;
                        }
                    }
                    case TRAILER -> {
                        if (c == '\n') {
                            if (lineLength == 0) {
                                requestComplete();
                            }
                            lineLength = 0;
                        } else if (c != '\r') {
                            lineLength++;
                        }
                    }
                    default -> {
                    }
                }
            }
            return i;
        }

        private void endOfSizeLine() {
            if (!chunkSizeSeen) {
                requestComplete();
            } else if (remaining == 0) {
                chunk = Chunk.TRAILER;
                lineLength = 0;
            } else {
                chunk = Chunk.DATA;
            }
        }

        private void requestComplete() {
            cancelTimer();
            if (upgrade) {
                stepAside(); // what follows the switch is another protocol
            } else {
                phase = Phase.BETWEEN_REQUESTS;
            }
        }

        private void startPhase(Phase next, long allowedNanos) {
            cancelTimer();
            phase = next;
            phaseStart = System.nanoTime();
            pausedNanos = 0;
            timer = ctx.executor().schedule(this::check, allowedNanos, TimeUnit.NANOSECONDS);
        }

        private void check() {
            timer = null;
            if (ctx == null || phase == Phase.BETWEEN_REQUESTS) {
                return;
            }
            long now = System.nanoTime();
            long earned = received > Long.MAX_VALUE / 4 / nanosPerByte ? Long.MAX_VALUE / 4 : received * nanosPerByte;
            long allowed = phase == Phase.HEAD ? headerNanos : bodyNanos + earned;
            if (phase == Phase.BODY && !ctx.channel().config().isAutoRead()) {
                // The server has paused reading (backpressure): waiting for it is not the client's delay.
                long step = TimeUnit.SECONDS.toNanos(1);
                pausedNanos += step;
                timer = ctx.executor().schedule(this::check, step, TimeUnit.NANOSECONDS);
                return;
            }
            long left = phaseStart + allowed + pausedNanos - now;
            if (left > 0) {
                timer = ctx.executor().schedule(this::check, left, TimeUnit.NANOSECONDS);
                return;
            }
            timeOut();
        }

        private void timeOut() {
            boolean inHead = phase == Phase.HEAD;
            String detail = inHead
                    ? "Forespørselens hoder kom ikke innen " + limits.headerTimeout().toSeconds() + " sekunder."
                    : "Innholdet kom for sakte (mindre enn " + limits.bodyMinRate().asLongValue() / 1024
                            + " KiB/s etter de første " + limits.bodyTimeout().toSeconds() + " sekundene).";
            LOG.debugf("Closing a connection from %s: %s", ctx.channel().remoteAddress(), detail);
            if (answerStarted) {
                ctx.channel().close();
            } else {
                // written from here, below Vert.x's encoder, as the bytes of a whole answer
                ctx.writeAndFlush(timeoutAnswer(detail, inHead ? null : path)).addListener(ChannelFutureListener.CLOSE);
            }
            stepAside();
        }

        private ByteBuf timeoutAnswer(String detail, String instance) {
            ProblemType type = ProblemType.REQUEST_TIMEOUT;
            byte[] body;
            try {
                body = objectMapper.writeValueAsBytes(new Problem(type.uri(), type.title(), type.status(), detail,
                        instance, null));
            } catch (JsonProcessingException e) {
                body = new byte[0];
            }
            String headers = "HTTP/1.1 408 Request Timeout\r\n"
                    + "Content-Type: " + Problem.MEDIA_TYPE + "\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Cache-Control: no-store\r\n"
                    + "Connection: close\r\n\r\n";
            return Unpooled.wrappedBuffer(headers.getBytes(StandardCharsets.US_ASCII), body);
        }

        /** Stops following this connection: it is closing, or speaks something this guard does not read. */
        private void stepAside() {
            cancelTimer();
            ChannelHandlerContext context = ctx;
            ctx = null;
            if (context != null && !context.isRemoved()) {
                context.pipeline().remove(this);
            }
        }

        private void cancelTimer() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }
    }
}
