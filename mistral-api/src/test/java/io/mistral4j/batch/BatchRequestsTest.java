package io.mistral4j.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Batch requests refuse bad input at build time, naming the field. */
class BatchRequestsTest {

    private static BatchJobRequest.Builder valid() {
        return BatchJobRequest.builder().addInputFile("file-1").endpoint(BatchEndpoint.CHAT_COMPLETIONS);
    }

    private static void failsOn(String field, Supplier<?> build) {
        assertThatThrownBy(build::get).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo(field);
    }

    @Test
    void theEndpointAndEitherFilesOrInlineRequestsAreRequired() {
        failsOn("endpoint", () -> BatchJobRequest.builder().addInputFile("f").build());
        failsOn("inputFiles", () -> BatchJobRequest.builder().endpoint(BatchEndpoint.EMBEDDINGS).build());
        failsOn("requests", () -> valid().addRequest(BatchRequest.of("a", Map.of("input", "x"))).build());
        failsOn("inputFiles[1]", () -> valid().addInputFile(" ").build());
        failsOn("body", () -> BatchRequest.of("a", null));
        assertThat(BatchJobRequest.builder().endpoint(BatchEndpoint.EMBEDDINGS)
                .addRequest(BatchRequest.of(null, Map.of("input", "x"))).build().requests()).hasSize(1);
    }

    @Test
    void aBatchLineBuildsAsItsFactoryMakesItAndRequiresABody() {
        assertThat(BatchRequest.builder().customId("a").body(Map.of("input", "x")).build())
                .isEqualTo(BatchRequest.of("a", Map.of("input", "x")));
        failsOn("body", () -> BatchRequest.builder().customId("a").build());
    }

    @Test
    void aModelAndAnAgentExcludeEachOther() {
        failsOn("agentId", () -> valid().model("m").agentId("a").build());
    }

    @Test
    void metadataAndTimeoutFollowTheSpecsLimits() {
        failsOn("metadata", () -> valid().putMetadata("k".repeat(33), "v").build());
        failsOn("metadata.k", () -> valid().putMetadata("k", "").build());
        failsOn("timeoutHours", () -> valid().timeoutHours(0).build());
        assertThat(valid().putMetadata("team", "search").timeoutHours(1).build().metadata())
                .containsEntry("team", "search");
    }

    @Test
    void listRequestsRefuseEmptyPages() {
        failsOn("pageSize", () -> BatchJobListRequest.builder().pageSize(0).build());
        failsOn("pageSize", () -> BatchJobListRequest.builder().pageSize(-1).build());
        failsOn("page", () -> BatchJobListRequest.builder().page(-2).build());
        assertThat(BatchJobListRequest.all().withPage(4).page()).isEqualTo(4);
    }

    @Test
    void statusesKnowWhichAreTerminal() {
        assertThat(BatchJobStatus.knownValues()).filteredOn(BatchJobStatus::isTerminal)
                .extracting(BatchJobStatus::value)
                .containsExactlyInAnyOrder("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED");
        assertThat(BatchEndpoint.of("/v1/ocr")).isSameAs(BatchEndpoint.OCR);
    }
}
