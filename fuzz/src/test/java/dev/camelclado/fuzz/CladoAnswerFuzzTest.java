package dev.camelclado.fuzz;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.CladoException;
import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.service.CladoHttpResponse;
import dev.camelclado.component.service.CladoRequest;
import dev.camelclado.component.service.RequestField;
import dev.camelclado.component.service.ResponseMapper;

/**
 * Whatever a server answers, for any operation, the route gets a model or a typed {@link CladoException}: the contract
 * of {@code HostileAnswerPropertiesTest}, through the same entry point ({@link ResponseMapper#apply}).
 * <p>
 * An input is an answer written as text, so that the seeds are readable recorded answers:
 *
 * <pre>
 * DEEP_RESEARCH_STATUS 200
 * X-RateLimit-Remaining: 59
 *
 * {"job_id":"...","status":"processing",...}
 * </pre>
 *
 * A first line with the operation and the status, header lines, an empty line ({@code \n\n}), then the body as raw
 * bytes. Every input is some answer: an unknown operation is chosen by its name's hash, an unreadable status is taken
 * modulo 100..599.
 */
class CladoAnswerFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    private static final CamelContext CONTEXT = new DefaultCamelContext();
    private static final ResponseMapper MAPPER = new ResponseMapper(false);
    private static final CladoOperation[] OPERATIONS = CladoOperation.values();
    private static final byte[] BLANK_LINE = { '\n', '\n' };

    @FuzzTest
    void anyAnswerBecomesAModelOrATypedError(FuzzedDataProvider data) {
        INPUTS.count();
        byte[] input = data.consumeRemainingAsBytes();
        int split = indexOf(input, BLANK_LINE);
        // header bytes are ISO-8859-1, as HTTP/1.1 reads them
        String head = new String(input, 0, split < 0 ? input.length : split, StandardCharsets.ISO_8859_1);
        byte[] body = split < 0 ? new byte[0] : Arrays.copyOfRange(input, split + 2, input.length);

        String[] lines = head.split("\r?\n", -1);
        String[] first = lines[0].trim().split(" +", 2);
        CladoOperation operation = operation(first[0]);
        int status = status(first.length > 1 ? first[1] : "");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = colon < 0 ? "" : lines[i].substring(0, colon).trim();
            // HttpHeaders refuses an empty name, and HttpClient never delivers one
            if (!name.isEmpty()) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
        }

        CladoRequest request = new CladoRequest(operation, Map.of(RequestField.JOB_ID, "job-1"));
        CladoHttpResponse response = new CladoHttpResponse(status, HttpHeaders.of(headers, (name, value) -> true),
                body);
        Message message = new DefaultExchange(CONTEXT).getMessage();
        try {
            MAPPER.apply(request, response, message);
            if (message.getBody() == null) {
                throw new AssertionError(operation + " " + status + " answered neither a model nor an error");
            }
        } catch (CladoException typed) {
            if (typed.getMessage() == null || typed.getMessage().isBlank()) {
                throw new AssertionError("a typed error without a message", typed);
            }
        }
    }

    private static CladoOperation operation(String name) {
        // compared one by one (not valueOf) so that Jazzer sees the names and can steer towards them
        for (CladoOperation operation : OPERATIONS) {
            if (operation.name().equals(name)) {
                return operation;
            }
        }
        return OPERATIONS[Math.floorMod(name.hashCode(), OPERATIONS.length)];
    }

    private static int status(String text) {
        int status = 0;
        for (int i = 0; i < text.length() && i < 9; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            status = status * 10 + (c - '0');
        }
        return 100 + Math.floorMod(status - 100, 500);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
