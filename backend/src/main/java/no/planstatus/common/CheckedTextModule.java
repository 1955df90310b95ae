package no.planstatus.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Holds every text read from a JSON body to {@link AllowedText}: one deserializer for all strings (fields, list
 * elements, map keys) of every request record and of the plan file, so no input can forget the check. A refused
 * text fails the read with a {@link RefusedText}, which Jackson gives the path of the field and
 * {@link ProblemMappers} answers as a 400 naming it ({@code goals[2].measures[0].text}).
 * <p>
 * Registered on the application's ObjectMapper; mappers made from it with {@code copy()} (the plan file reader)
 * keep it. A mapper built from scratch must register {@code new CheckedTextModule()} itself. What the application
 * reads back of its own storage (audit snapshots) goes through {@link #readStored}, unchecked: it was checked when it
 * came in, or was stored before the check existed and must stay readable.
 */
public class CheckedTextModule extends SimpleModule {

    private static final String STORED = CheckedTextModule.class.getName() + ".stored";

    public CheckedTextModule() {
        super("planstatus-checked-text");
        addDeserializer(String.class, new CheckedStringDeserializer());
        addKeyDeserializer(String.class, new CheckedKeyDeserializer());
    }

    /** Reads JSON the application stored itself, without holding its texts to {@link AllowedText}. */
    public static <T> T readStored(ObjectMapper objectMapper, JsonNode stored, TypeReference<T> type) {
        try {
            return objectMapper.readerFor(type).withAttribute(STORED, Boolean.TRUE).readValue(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON could not be read back", e);
        }
    }

    /** {@link #readStored(ObjectMapper, JsonNode, TypeReference)} into a class. */
    public static <T> T readStored(ObjectMapper objectMapper, JsonNode stored, Class<T> type) {
        try {
            return objectMapper.readerFor(type).withAttribute(STORED, Boolean.TRUE).readValue(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON could not be read back", e);
        }
    }

    /** A text with a character that may not be stored; the message is the violation shown to the client. */
    public static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String message) {
            super(parser, message, String.class);
        }

        /** The violation message without Jackson's location and path. */
        public String violation() {
            return getOriginalMessage();
        }
    }

    private static final class CheckedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(context, super.deserialize(parser, context));
        }
    }

    private static final class CheckedKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context, key);
        }
    }

    private static String checked(DeserializationContext context, String text) throws RefusedText {
        if (context.getAttribute(STORED) != null) {
            return text;
        }
        String problem = AllowedText.problem(text);
        if (problem != null) {
            throw new RefusedText(context.getParser(), problem);
        }
        return text;
    }

    /** Puts the module on the ObjectMapper that Quarkus REST reads request bodies with. */
    @Singleton
    public static class Registration implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper objectMapper) {
            objectMapper.registerModule(new CheckedTextModule());
        }
    }
}
