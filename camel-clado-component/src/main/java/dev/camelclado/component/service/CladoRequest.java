package dev.camelclado.component.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.camelclado.component.CladoOperation;

/**
 * One Clado call, independent of how it is paid for: the operation and its resolved, typed field values. Direct
 * mode turns it into a REST call with a Bearer key; other transports map it their own way.
 */
public final class CladoRequest {

    private final CladoOperation operation;
    private final Map<RequestField, Object> values;
    private final String callId;

    public CladoRequest(CladoOperation operation, Map<RequestField, Object> values) {
        this(operation, values, null);
    }

    /**
     * @param callId names this call for payment idempotency: the same id is never paid twice (a redelivery of the
     *               same call reuses it)
     */
    public CladoRequest(CladoOperation operation, Map<RequestField, Object> values, String callId) {
        this.operation = operation;
        this.callId = callId;
        EnumMap<RequestField, Object> copy = new EnumMap<>(RequestField.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
    }

    public CladoOperation operation() {
        return operation;
    }

    /** The call's idempotency id, or null. */
    public String callId() {
        return callId;
    }

    public CladoRequest withCallId(String id) {
        return new CladoRequest(operation, values, id);
    }

    /** The fields that have a value, in declaration order. */
    public Map<RequestField, Object> values() {
        return values;
    }

    public boolean has(RequestField field) {
        return values.containsKey(field);
    }

    public String text(RequestField field) {
        return (String) values.get(field);
    }

    public Integer integer(RequestField field) {
        return (Integer) values.get(field);
    }

    public Boolean bool(RequestField field) {
        return (Boolean) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(RequestField field) {
        Object value = values.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    /** A copy with one more (or one changed) field value. */
    public CladoRequest with(RequestField field, Object value) {
        EnumMap<RequestField, Object> copy = new EnumMap<>(RequestField.class);
        copy.putAll(values);
        copy.put(field, value);
        return new CladoRequest(operation, copy, callId);
    }

    @Override
    public String toString() {
        return "CladoRequest[" + operation.uriName() + ", fields=" + values.keySet() + "]";
    }
}
