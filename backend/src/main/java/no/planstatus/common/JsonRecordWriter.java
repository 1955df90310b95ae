package no.planstatus.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the application's JSON records straight to the response as UTF-8. Quarkus REST's own Jackson writer, on
 * the path it takes when a writer interceptor is present ({@link PublicResponseCache} is one), writes the answer to
 * a {@code String} first and then encodes that: every uncached page of measures (about 100 KB) was built twice.
 * Same ObjectMapper, same bytes; only records of this application as {@code application/json} (problem+json and
 * everything else keep Quarkus' writer).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonRecordWriter implements MessageBodyWriter<Record> {

    private final ObjectWriter writer;

    public JsonRecordWriter(ObjectMapper mapper) {
        // The response stream is Quarkus' to close.
        this.writer = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("no.planstatus.") && mediaType != null
                && "application".equals(mediaType.getType()) && "json".equals(mediaType.getSubtype());
    }

    @Override
    public void writeTo(Record record, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        if (mediaType.getParameters().get(MediaType.CHARSET_PARAMETER) == null) {
            headers.putSingle(HttpHeaders.CONTENT_TYPE, mediaType.withCharset("UTF-8"));
        }
        // Jackson flushes when it is done; a flush would send what is buffered as a chunk, so that a small answer
        // lost its Content-Length. Quarkus sends the rest when it closes the stream.
        writer.writeValue(new FilterOutputStream(entityStream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() {
            }
        }, record);
    }
}
