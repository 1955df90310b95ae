package no.planstatus.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads and writes plan files. Writing is deterministic, byte for byte: two-space indentation, {@code "key": value},
 * {@code []} for empty lists, LF line ends and no trailing newline — the layout of the default content file.
 */
@ApplicationScoped
public class PlanDocumentJson {

    private final ObjectWriter writer;
    private final ObjectMapper reader;

    public PlanDocumentJson(ObjectMapper objectMapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        this.writer = objectMapper.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writer(layout);
        this.reader = strict(objectMapper.copy());
    }

    /**
     * How plan files are read, here and by the import endpoint: unknown fields are errors, and so is a field given
     * twice in one object (otherwise the last one would silently win, even for {@code format}).
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Reads the import endpoint's body as {@link #read} reads a file (see TransferResource#importPlan). */
    public static final class StrictReader implements BiFunction<ObjectMapper, Type, ObjectReader> {

        @Override
        public ObjectReader apply(ObjectMapper mapper, Type type) {
            return mapper.readerFor(mapper.constructType(type))
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
    }

    public byte[] write(PlanDocument document) {
        try {
            return writer.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("A plan document could not be written as JSON", e);
        }
    }

    public PlanDocument read(InputStream in) throws IOException {
        return reader.readValue(in, PlanDocument.class);
    }
}
