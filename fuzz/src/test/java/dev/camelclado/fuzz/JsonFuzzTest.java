package dev.camelclado.fuzz;

import java.util.Iterator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.mpp.core.Json;

/** The bounded JSON reader behind every protocol object, and its string accessor on each member it read. */
class JsonFuzzTest {

    @RegisterExtension
    static final InputCounter INPUTS = new InputCounter();

    @FuzzTest
    void anyBytesAreAnObjectOrRefusedTyped(FuzzedDataProvider data) {
        INPUTS.count();
        byte[] bytes = data.consumeRemainingAsBytes();
        Contract.parsedOrRefusedTyped(() -> {
            JsonNode object = Json.object(bytes, "value");
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                Contract.parsedOrRefusedTyped(() -> Json.text(object, name, "value"));
            }
            return object;
        });
    }
}
