package no.planstatus.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates requests for the operations of the contract from their schemas: valid ones, and ones with a single
 * boundary or hostile part (a parameter, a body field, the whole body, a header, the content type), so that a
 * failure points at what was wrong with the request.
 */
final class FuzzRequests {

    /** Stands for a lone UTF-16 surrogate, which Jackson will not write; replaced by its JSON escape. */
    private static final String LONE_SURROGATE = "\u0001LONE-SURROGATE\u0001";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Values that strings, numbers and ids are tried with. None of them may read as the id of someone else's data
     * (such as "+1" for id 1) where it could be written to: such forms are tried on the suite's own ids
     * ({@link #idForms}), and on any id only in query parameters, which only read.
     */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "\t", "-1", "0", "-0", "1e999",
            "99999999999999999999", "-9223372036854775809", "NaN", "Infinity", "null", "true",
            "ÆØÅ æøå 😀 \u202Eevil", "\u0001\u0007\u001b[31m", "\u0000", LONE_SURROGATE, "' OR '1'='1' --",
            "1; DROP TABLE measure;--", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "../../../etc/passwd", "%00", "%zz", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "a/b", "a?b#c",
            "2031-02-30", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "LEAD", "ADMIN", "x".repeat(5000));

    /** Other spellings of id 1: tried only where they read. */
    static final List<String> ONE_SPELLED_OTHERWISE = List.of("+1", "0001", " 1 ", "١", "１", "1.0", "1e0");

    /** Other spellings of an id: a sign, leading zeros, spaces, other digit systems, a fraction, a NUL after it. */
    static List<String> idForms(long id) {
        String digits = Long.toString(id);
        return List.of("+" + digits, "00" + digits, " " + digits + " ", inDigits(digits, '\u0660'),
                inDigits(digits, '\uFF10'), inDigits(digits, '\u0966'), digits + ".0", digits + "e0", "-" + digits,
                digits + "\u0000", digits + "abc", digits + "/" + digits);
    }

    private static String inDigits(String asciiDigits, char zero) {
        StringBuilder text = new StringBuilder();
        asciiDigits.chars().forEach(c -> text.append((char) (zero + (c - '0'))));
        return text.toString();
    }

    /** Texts a database may refuse to store or store changed: tried more often in body fields. */
    static final List<String> UNSTORABLE_TEXT = List.of("a\u0000b", "\u0000", LONE_SURROGATE, "x" + LONE_SURROGATE,
            "\u0001\u0007\u001b[31m", "line\rbreak\u000b\u000c", "\uFFFF\uFFFE", "\u200B\u2028\u2029");

    private final FuzzContract contract;
    private final Random random;
    private final Function<String, JsonNode> knownId;
    private int counter;

    /**
     * @param knownId for a field or parameter name ending in Id (or a path's id): a valid id of the suite's own
     *                data, or null when there is none
     */
    FuzzRequests(FuzzContract contract, Random random, Function<String, JsonNode> knownId) {
        this.contract = contract;
        this.random = random;
        this.knownId = knownId;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    // ---- values from schemas ----

    /** A value the schema accepts (as far as a schema can say: ids are the suite's own). */
    JsonNode valid(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = contract.resolve(rawSchema);
        if (schema == null || schema.isMissingNode()) {
            return JSON.textNode("fuzz");
        }
        if (schema.has("enum")) {
            return pick(listOf(schema.get("enum")));
        }
        String type = FuzzContract.type(schema);
        JsonNode ownId = knownId.apply(name);
        if (ownId != null && (type.equals("string") || type.equals("integer")) && chance(0.85)) {
            return type.equals("string") ? JSON.textNode(ownId.asText()) : ownId; // e.g. ?goal=, an Id in the contract
        }
        switch (type) {
            case "object": {
                ObjectNode object = JSON.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || (depth < 4 && chance(0.5))) {
                        object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = JSON.arrayNode();
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(2), 2);
                int size = depth >= 4 ? min : min + random.nextInt(Math.max(1, max - min + 1));
                for (int i = 0; i < size; i++) {
                    array.add(valid(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer":
                return validInteger(schema, name);
            case "number":
                return JSON.numberNode(random.nextInt(100));
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            default:
                return JSON.textNode(validText(schema, name));
        }
    }

    private JsonNode validInteger(JsonNode schema, String name) {
        if (isId(name)) {
            JsonNode id = knownId.apply(name);
            if (id != null && chance(0.85)) {
                return id;
            }
            return JSON.numberNode(900_000_000L + random.nextInt(1000));
        }
        long min = schema.has("minimum") ? schema.get("minimum").asLong()
                : schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asLong() + 1 : 1;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 20;
        if (schema.has("examples") && chance(0.5)) {
            return schema.get("examples").get(0);
        }
        if (name.toLowerCase().contains("year")) {
            return JSON.numberNode(2031 + random.nextInt(2));
        }
        return JSON.numberNode(min + (long) random.nextInt((int) Math.min(100, max - min + 1)));
    }

    private String validText(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return "2031-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if (format.equals("date-time")) {
            return "2031-06-01T10:00:00Z";
        }
        if (schema.has("examples") && chance(0.4)) {
            return schema.get("examples").get(0).asText();
        }
        String lower = name.toLowerCase();
        String value;
        if (lower.contains("url")) {
            value = "https://www.example.no/fuzz/" + (++counter);
        } else if (lower.contains("date")) {
            value = "2031-06-01";
        } else {
            value = "fuzz-" + (++counter) + (lower.contains("password") || lower.contains("secret")
                    ? "-long-enough-secret" : "");
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        while (value.length() < min) {
            value = value + "x";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    boolean isInteger(JsonNode schema) {
        JsonNode resolved = contract.resolve(schema);
        return resolved != null && FuzzContract.type(resolved).equals("integer");
    }

    static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    /**
     * A boundary or hostile JSON value: wrong types, edges of numbers, the hostile texts. An id field gets other
     * spellings of the suite's own id, never a number a lenient parser could take for someone else's id.
     */
    JsonNode hostile(JsonNode rawSchema, String name) {
        JsonNode own = knownId.apply(name);
        if (isId(name) || own != null) {
            long id = own == null ? 900_000_000L : own.asLong();
            List<JsonNode> forms = new ArrayList<>();
            idForms(id).forEach(form -> forms.add(JSON.textNode(form)));
            forms.addAll(List.of(JSON.numberNode(id + 0.5), JSON.numberNode(-id), JSON.numberNode(0),
                    JSON.numberNode(new BigInteger("99999999999999999999999999")), JSON.nullNode(),
                    JSON.arrayNode().add(id), JSON.objectNode().put("id", id), JSON.textNode("")));
            return pick(forms);
        }
        JsonNode schema = contract.resolve(rawSchema);
        int choice = random.nextInt(10);
        if (choice == 0) {
            return pick(List.<JsonNode>of(JSON.nullNode(), JSON.arrayNode(), JSON.objectNode(), JSON.booleanNode(true),
                    JSON.arrayNode().add("x")));
        }
        if (choice <= 2) {
            return pick(List.<JsonNode>of(JSON.numberNode(0), JSON.numberNode(-1), JSON.numberNode(Integer.MAX_VALUE),
                    JSON.numberNode(2147483648L), JSON.numberNode(Long.MIN_VALUE),
                    JSON.numberNode(new BigInteger("99999999999999999999999999")), JSON.numberNode(2.5),
                    JSON.numberNode(1e308), JSON.numberNode(-0.0)));
        }
        if (choice == 3 && schema != null && schema.has("maxLength")) {
            return JSON.textNode("y".repeat(schema.get("maxLength").asInt() + 1));
        }
        return JSON.textNode(chance(0.3) ? pick(UNSTORABLE_TEXT) : pick(HOSTILE_TEXT));
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }

    /** A JSON value as text, with the lone-surrogate marker turned into its escape. */
    static String write(JsonNode value) {
        try {
            String text = MAPPER.writeValueAsString(value);
            return text.replace(LONE_SURROGATE.replace("\u0001", "\\u0001"), "\\ud800");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parameter value as the query or path carries it (percent-encoded UTF-8, lone surrogate as %ED%A0%80). */
    static String encode(String value) {
        if (value.equals(LONE_SURROGATE)) {
            return "%ED%A0%80";
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : write(value);
    }

    /** A body field to spoil, by path of names, in a valid body. */
    static List<List<String>> fieldPaths(JsonNode body) {
        List<List<String>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<String> prefix, List<List<String>> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<String> path = new ArrayList<>(prefix);
                path.add(field.getKey());
                paths.add(path);
                collect(field.getValue(), path, paths);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> path = new ArrayList<>(prefix);
            path.add("0");
            paths.add(path);
            collect(node.get(0), path, paths);
        }
    }

    static JsonNode at(JsonNode body, List<String> path) {
        JsonNode node = body;
        for (String step : path) {
            node = node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    static void replace(JsonNode body, List<String> path, JsonNode value) {
        JsonNode parent = body;
        for (String step : path.subList(0, path.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
        }
        String last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        }
    }

    /** Bodies that are not what any JSON operation reads. */
    static final Map<String, String> MALFORMED_BODIES = new LinkedHashMap<>();

    static {
        MALFORMED_BODIES.put("empty body", "");
        MALFORMED_BODIES.put("unterminated object", "{");
        MALFORMED_BODIES.put("missing value", "{\"text\":}");
        MALFORMED_BODIES.put("trailing garbage", "{}garbage");
        MALFORMED_BODIES.put("JSON null", "null");
        MALFORMED_BODIES.put("JSON array", "[]");
        MALFORMED_BODIES.put("JSON string", "\"text\"");
        MALFORMED_BODIES.put("JSON number", "123");
        MALFORMED_BODIES.put("single quotes", "{'text':'x'}");
        MALFORMED_BODIES.put("comment", "{/* c */}");
        MALFORMED_BODIES.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        MALFORMED_BODIES.put("invalid UTF-8", "{\"text\":\"\u00ff\u00fe\"}");
        MALFORMED_BODIES.put("NUL byte outside strings", "{\u0000}");
    }
}
