package no.planstatus.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of openapi.yaml as the contract fuzz suite needs them: parameters, body schema, listed statuses. */
record FuzzContract(JsonNode document, List<Operation> operations) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, String id, List<Parameter> parameters, JsonNode bodySchema,
            String bodyMediaType, Set<Integer> statuses, boolean secured) {

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        boolean hasBody() {
            return bodySchema != null;
        }
    }

    static FuzzContract read(Path file) throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                JsonNode bodySchema = null;
                String bodyMediaType = null;
                for (Iterator<Map.Entry<String, JsonNode>> media = operation.path("requestBody").path("content")
                        .fields(); media.hasNext();) {
                    Map.Entry<String, JsonNode> entry = media.next();
                    bodyMediaType = entry.getKey();
                    bodySchema = entry.getValue().path("schema");
                }
                Set<Integer> statuses = new LinkedHashSet<>();
                operation.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                        operation.path("operationId").asText(), List.copyOf(parameters), bodySchema, bodyMediaType,
                        Set.copyOf(statuses), operation.has("security")));
            }
        }
        return new FuzzContract(document, List.copyOf(operations));
    }

    /** Follows a {@code $ref} into components/schemas; other schemas are returned as they are. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document.path("components").path("schemas")
                    .path(ref.substring(ref.lastIndexOf('/') + 1));
            if (current.size() == 1) {
                current = target;
            } else {
                // a $ref next to its own keywords (description, examples): the referenced schema, then these
                com.fasterxml.jackson.databind.node.ObjectNode merged = target.deepCopy();
                current.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals("$ref") && !field.getKey().equals("type")) {
                        merged.set(field.getKey(), field.getValue());
                    }
                });
                current = merged;
            }
        }
        if (current != null && current.has("anyOf")) {
            for (JsonNode alternative : current.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return resolve(alternative);
                }
            }
        }
        return current;
    }

    /** The schema's type, ignoring "null" in a list of types. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asText().equals("null")) {
                    return candidate.asText();
                }
            }
            return "null";
        }
        if (type.isMissingNode()) {
            return schema.has("properties") ? "object" : schema.has("enum") ? "string" : "";
        }
        return type.asText();
    }
}
