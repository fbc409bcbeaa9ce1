package io.mistral4j.tck.simulator.state;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared job lifecycle, driven by a small job kind shaped like document processing. */
class JobLifecycleTest {

    /** todo, in_progress 3 s after creation, then done (or error) 4 s later; waits in todo until released. */
    private static final class Document extends JobLifecycle {
        final List<String> entered = new ArrayList<>();
        final boolean readable;
        boolean released = true;
        long cancelledAt = -1;

        Document(boolean readable) {
            super("doc-1", 100, "todo", Set.of("done", "error"));
            this.readable = readable;
        }

        @Override
        protected long leavesAt(String current) {
            return switch (current) {
                case "todo" -> released ? createdAt() + 3 : -1;
                case "in_progress" -> createdAt() + 7;
                default -> throw new AssertionError("asked when an end status is left: " + current);
            };
        }

        @Override
        protected String leave(String current, long at) {
            return current.equals("todo") ? "in_progress" : readable ? "done" : "error";
        }

        @Override
        protected void cancelled(long at) {
            cancelledAt = at;
        }

        @Override
        protected void entered(String status, long at) {
            entered.add(status + "@" + at);
        }
    }

    @Test
    void movesThroughEveryTransitionDueByTheTimeItIsRead() {
        Document document = new Document(true);

        assertThat(document.status(102)).isEqualTo("todo");
        assertThat(document.status(1_000)).isEqualTo("done");
        assertThat(document.entered).containsExactly("in_progress@103", "done@107");
    }

    @Test
    void aFailureIsAnEndLikeSuccess() {
        Document document = new Document(false);

        assertThat(document.status(200)).isEqualTo("error");
        assertThat(document.cancel(201)).isFalse();
        assertThat(document.status(300)).isEqualTo("error");
    }

    @Test
    void aJobWaitsWhileItsStepSaysSo() {
        Document document = new Document(true);
        document.released = false;

        assertThat(document.status(500)).isEqualTo("todo");
        document.released = true;
        assertThat(document.status(500)).isEqualTo("done");
    }

    @Test
    void aCancelIsRequestedThenHonouredFiveSecondsLater() {
        Document document = new Document(true);

        assertThat(document.cancel(104)).isTrue();
        assertThat(document.cancel(105)).as("already requested").isFalse();
        assertThat(document.status(108)).isEqualTo(JobLifecycle.CANCELLATION_REQUESTED);
        assertThat(document.status(109)).isEqualTo(JobLifecycle.CANCELLED);
        assertThat(document.cancelledAt).isEqualTo(109);
        assertThat(document.entered).containsExactly("in_progress@103", "CANCELLATION_REQUESTED@104", "CANCELLED@109");
        assertThat(document.cancel(110)).as("ended").isFalse();
    }
}
