package dev.camelclado.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.camelclado.sandbox.gateway.PaidFault;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxFaultsTest {

    @Test
    void paidFaultsFollowPaymentsInTheOrderScriptedEachOnce() {
        SandboxFaults faults = new SandboxFaults();
        faults.afterPayment(PaidFault.NO_ANSWER, 2, Duration.ofSeconds(7));
        faults.afterPayment(PaidFault.BARE_402, 1);

        assertThat(faults.takePaidFault()).isEqualTo(new PaidFault.Due(PaidFault.NO_ANSWER, Duration.ofSeconds(7)));
        assertThat(faults.takePaidFault()).isEqualTo(new PaidFault.Due(PaidFault.NO_ANSWER, Duration.ofSeconds(7)));
        assertThat(faults.takePaidFault()).isEqualTo(new PaidFault.Due(PaidFault.BARE_402, Duration.ofSeconds(2)));
        assertThat(faults.takePaidFault()).isNull();
    }

    @Test
    void clearForgetsPaidFaultsToo() {
        SandboxFaults faults = new SandboxFaults();
        faults.afterPayment(PaidFault.DROP_CONNECTION, 3);
        faults.clear();
        assertThat(faults.takePaidFault()).isNull();
    }

    @Test
    void onlyTheRefusalsRefund() {
        assertThat(PaidFault.values()).filteredOn(fault -> !fault.kept())
                .containsExactlyInAnyOrder(PaidFault.FRESH_402, PaidFault.DEARER_402);
    }
}
