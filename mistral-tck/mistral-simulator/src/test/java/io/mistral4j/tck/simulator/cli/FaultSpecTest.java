package io.mistral4j.tck.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.tck.simulator.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

    @Test
    void readsTheRouteTheCallsAndTheFault() throws UsageException {
        FaultSpec spec = FaultSpec.parse("POST /v1/chat/completions#2-3=stall-stream-after:1:250");

        assertThat(spec.route()).isEqualTo("POST /v1/chat/completions");
        assertThat(spec.from()).isEqualTo(2);
        assertThat(spec.to()).isEqualTo(3);
        assertThat(spec.fault().kind()).isEqualTo(Fault.Kind.STREAM_STALL);
        assertThat(spec.fault().stall()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void everyFaultNameIsAccepted() throws UsageException {
        for (String fault : new String[] {"status:500", "rate-limited:2", "latency:10", "reset-before-response",
                "reset-during-body", "cut-stream-after:1", "stall-stream-after:1:5", "malformed-json",
                "truncated-json"}) {
            assertThat(FaultSpec.parse("GET /v1/models#*=" + fault).fault()).as(fault).isNotNull();
            assertThat(FaultSpec.FAULTS).contains(fault.split(":")[0]);
        }
    }

    @Test
    void badSpecsAreUsageErrors() {
        assertThatThrownBy(() -> FaultSpec.parse("status:503")).isInstanceOf(UsageException.class)
                .hasMessageContaining("ROUTE#CALLS=FAULT");
        assertThatThrownBy(() -> FaultSpec.parse("GET /v1/models#0=status:503")).isInstanceOf(UsageException.class)
                .hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> FaultSpec.parse("GET /v1/models#3-1=status:503")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> FaultSpec.parse("GET /v1/models#1=explode")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown fault");
        assertThatThrownBy(() -> FaultSpec.parse("GET /v1/models#1=status")).isInstanceOf(UsageException.class)
                .hasMessageContaining("missing a value");
    }
}
