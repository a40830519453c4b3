package dev.camelclado.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelclado.sandbox.data.Json;
import dev.camelclado.sandbox.http.SandboxRequest;
import dev.camelclado.sandbox.http.SandboxResponse;
import dev.camelclado.sandbox.state.Account;

/** {@code GET /api/credits}. */
public final class AccountApi {

    private final SandboxState state;

    public AccountApi(SandboxState state) {
        this.state = state;
    }

    public SandboxResponse credits(SandboxRequest request) {
        Account account = state.authenticate(request);
        ObjectNode answer = Json.object();
        answer.put("credits", account.credits());
        if (account.lastTopupAt() == null) {
            answer.putNull("last_topup_at");
        } else {
            answer.put("last_topup_at", account.lastTopupAt().toString());
        }
        return SandboxResponse.ok(answer);
    }
}
