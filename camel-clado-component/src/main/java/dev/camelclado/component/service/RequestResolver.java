package dev.camelclado.component.service;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;

import dev.camelclado.component.CladoConfiguration;
import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.CladoRequestValidationException;

/**
 * Builds a {@link CladoRequest} from a message: for each field of the operation, the {@code CamelClado*} header if
 * present, else the endpoint's option (which already holds the component's value unless the endpoint set its own).
 * A blank header counts as absent. A job or search id the component itself wrote on an earlier answer yields to an
 * explicit option, and a written search id is used only to page (offset above 0).
 */
public final class RequestResolver {

    private RequestResolver() {
    }

    public static CladoRequest resolve(CladoOperation operation, Exchange exchange, CladoConfiguration configuration) {
        Map<RequestField, Object> values = new EnumMap<>(RequestField.class);
        for (RequestField field : operation.fields()) {
            Object header = exchange.getMessage().getHeader(field.header());
            Object fromHeader = header == null ? null : fromHeader(operation, field, header, exchange);
            Object option = fromOption(field, field.valueIn(configuration));
            Object value = fromHeader != null ? fromHeader : option;
            if (fromHeader != null && OwnHeaders.isOwn(exchange, field.header(), header) && option != null) {
                value = option;
            }
            if (value != null) {
                values.put(field, value);
            }
        }
        Object searchIdHeader = exchange.getMessage().getHeader(RequestField.SEARCH_ID.header());
        if (values.containsKey(RequestField.SEARCH_ID) && values.get(RequestField.SEARCH_ID).equals(searchIdHeader)
                && OwnHeaders.isOwn(exchange, RequestField.SEARCH_ID.header(), searchIdHeader)) {
            Integer offset = (Integer) values.get(RequestField.OFFSET);
            if (offset == null || offset <= 0) {
                // the search id of the previous answer, and no page asked for: this is a new search
                values.remove(RequestField.SEARCH_ID);
            }
        }
        if (operation == CladoOperation.BULK_CONTACTS_START && !values.containsKey(RequestField.LINKEDIN_URLS)) {
            List<String> fromBody = listFromBody(exchange.getMessage().getBody());
            if (fromBody != null) {
                values.put(RequestField.LINKEDIN_URLS, fromBody);
            }
        }
        return new CladoRequest(operation, values);
    }

    private static Object fromOption(RequestField field, Object option) {
        if (option == null) {
            return null;
        }
        if (field.kind() == RequestField.Kind.TEXT_LIST) {
            List<String> list = splitList(option.toString());
            return list.isEmpty() ? null : list;
        }
        if (field.kind() == RequestField.Kind.TEXT && option.toString().isBlank()) {
            return null;
        }
        return option;
    }

    private static Object fromHeader(CladoOperation operation, RequestField field, Object header, Exchange exchange) {
        switch (field.kind()) {
            case TEXT_LIST:
                List<String> list = toList(header);
                if (list == null) {
                    throw new CladoRequestValidationException(operation, field.option(), "header " + field.header()
                            + " must be a List, an array or a comma-separated String, not a "
                            + header.getClass().getName());
                }
                return list.isEmpty() ? null : list;
            case TEXT:
                String text = header.toString();
                return text.isBlank() ? null : text;
            default:
                try {
                    return exchange.getContext().getTypeConverter().mandatoryConvertTo(field.kind().javaType(),
                            exchange, header);
                } catch (TypeConversionException | org.apache.camel.NoTypeConversionAvailableException e) {
                    throw new CladoRequestValidationException(operation, field.option(), "header " + field.header()
                            + " must be " + (field.kind() == RequestField.Kind.INTEGER ? "an integer" : "true or false")
                            + ", was '" + header + "'");
                }
        }
    }

    private static List<String> listFromBody(Object body) {
        if (body instanceof Collection<?> || body != null && body.getClass().isArray()) {
            List<String> list = toList(body);
            return list == null || list.isEmpty() ? null : list;
        }
        return null;
    }

    /** A List, array or comma-separated String as a list of trimmed, non-empty strings; null for other types. */
    static List<String> toList(Object value) {
        if (value instanceof String s) {
            return splitList(s);
        }
        List<String> result = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                addItem(result, item);
            }
            return result;
        }
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                addItem(result, Array.get(value, i));
            }
            return result;
        }
        return null;
    }

    private static void addItem(List<String> result, Object item) {
        if (item != null && !item.toString().isBlank()) {
            result.add(item.toString().trim());
        }
    }

    public static List<String> splitList(String value) {
        List<String> result = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                result.add(part.trim());
            }
        }
        return result;
    }
}
