package io.mistral4j.tck.simulator.state;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch timeline, including the ends that are slow to reach over HTTP (timeouts). */
class BatchJobStateTest {

    private final List<Integer> stored = new ArrayList<>();

    private BatchJobState job(int lines, int timeoutHours, boolean allFail) {
        JsonObject request = JsonParser.parseString("{\"endpoint\":\"/v1/chat/completions\",\"timeout_hours\":"
                + timeoutHours + "}").getAsJsonObject();
        return new BatchJobState("0b0b0b0b-0000-4000-8000-000000000000", request, 1_000, lines,
                new BatchJobState.Runner() {
                    @Override
                    public List<JsonObject> run(BatchJobState job) {
                        List<JsonObject> results = new ArrayList<>();
                        for (int i = 0; i < lines; i++) {
                            JsonObject line = new JsonObject();
                            line.addProperty("custom_id", "c" + i);
                            if (allFail) {
                                JsonObject error = new JsonObject();
                                error.addProperty("message", "bad");
                                line.add("error", error);
                            } else {
                                line.add("error", JsonNull.INSTANCE);
                            }
                            results.add(line);
                        }
                        return results;
                    }

                    @Override
                    public String[] store(BatchJobState job, List<JsonObject> outputs, List<JsonObject> errors) {
                        stored.add(outputs.size() + errors.size());
                        return new String[] {outputs.isEmpty() ? null : "out", errors.isEmpty() ? null : "err"};
                    }
                });
    }

    @Test
    void aJobLongerThanItsTimeoutEndsTimedOutWithWhatWasDone() {
        BatchJobState job = job(5000, 1, false);

        JsonObject state = job.toJson(1_000 + 2 * 3600, false);

        assertThat(state.get("status").getAsString()).isEqualTo("TIMEOUT_EXCEEDED");
        assertThat(state.get("completed_requests").getAsInt()).isEqualTo(3600 - 10);
        assertThat(state.get("completed_at").getAsLong()).isEqualTo(1_000 + 3600);
        assertThat(state.get("output_file").getAsString()).isEqualTo("out");
        assertThat(stored).containsExactly(3590);
    }

    @Test
    void aJobWhoseEveryRequestFailedEndsFailed() {
        BatchJobState job = job(3, 24, true);

        JsonObject state = job.toJson(1_000 + 100, false);

        assertThat(state.get("status").getAsString()).isEqualTo("FAILED");
        assertThat(state.get("failed_requests").getAsInt()).isEqualTo(3);
        assertThat(state.get("output_file").isJsonNull()).isTrue();
        assertThat(state.get("error_file").getAsString()).isEqualTo("err");
        assertThat(state.getAsJsonArray("errors").get(0).getAsJsonObject().get("count").getAsInt()).isEqualTo(3);
    }

    @Test
    void aQueuedJobCancelledEndsWithoutFiles() {
        BatchJobState job = job(3, 24, false);

        assertThat(job.cancel(1_001)).isTrue();
        assertThat(job.cancel(1_002)).as("already requested").isFalse();

        assertThat(job.status(1_005)).isEqualTo("CANCELLATION_REQUESTED");
        assertThat(job.status(1_006)).isEqualTo("CANCELLED");
        assertThat(stored).isEmpty();
        assertThat(job.toJson(1_006, false).get("completed_requests").getAsInt()).isZero();
    }
}
