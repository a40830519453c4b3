package dev.camelclado.component.service;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.model.CladoModels;

/** JSON bodies of requests: the direct API's POST bodies and the gateway's bodies for every operation. */
final class RequestBodies {

    /** Clado's documented default for continue; sent explicitly so the request says what it costs. */
    static final int DEFAULT_ADDITIONAL_LIMIT = 30;

    private RequestBodies() {
    }

    /**
     * The fields as JSON. {@code jobId} goes in the body under {@code jobIdName}, or is left out (null) when the
     * direct API takes it in the path.
     */
    static ObjectNode of(CladoRequest request, String jobIdName, boolean legacyContinueKey) {
        ObjectNode body = CladoModels.MAPPER.createObjectNode();
        for (Map.Entry<RequestField, Object> entry : request.values().entrySet()) {
            RequestField field = entry.getKey();
            String name = field.wireName();
            if (field == RequestField.JOB_ID) {
                if (jobIdName == null) {
                    continue;
                }
                name = jobIdName;
            } else if (legacyContinueKey && field == RequestField.ADDITIONAL_LIMIT) {
                name = "additionalLimit";
            }
            Object value = entry.getValue();
            if (value instanceof List<?> values) {
                ArrayNode array = body.putArray(name);
                values.forEach(v -> array.add(v.toString()));
            } else if (value instanceof Integer i) {
                body.put(name, i);
            } else if (value instanceof Boolean b) {
                body.put(name, b);
            } else {
                body.put(name, value.toString());
            }
        }
        if (request.operation() == CladoOperation.DEEP_RESEARCH_CONTINUE && !request.has(RequestField.ADDITIONAL_LIMIT)) {
            body.put(legacyContinueKey ? "additionalLimit" : "additional_limit", DEFAULT_ADDITIONAL_LIMIT);
        }
        return body;
    }
}
