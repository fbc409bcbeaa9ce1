package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How options compose when views are stacked: what the later options set wins, the rest is kept. */
class RequestOptionsMergeTest {

    private final RequestOptions earlier = RequestOptions.builder()
            .timeout(Duration.ofSeconds(5)).maxAttempts(2)
            .header("X-Tenant", "acme").header("X-Trace", "one")
            .queryParameter("beta", "1").bodyField("safe_prompt", true)
            .build();

    @Test
    void laterSettingsReplaceEarlierOnesAndTheRestIsKept() {
        RequestOptions later = RequestOptions.builder().maxAttempts(1).header("X-Trace", "two")
                .queryParameter("beta", "2").bodyField("random_seed", 7).maxResponseBytes(1024).build();

        RequestOptions merged = earlier.mergedWith(later);

        assertThat(merged.timeout()).contains(Duration.ofSeconds(5));
        assertThat(merged.maxAttempts()).hasValue(1);
        assertThat(merged.extraHeaders().all("X-Trace")).containsExactly("two");
        assertThat(merged.extraHeaders().first("X-Tenant")).contains("acme");
        assertThat(merged.extraQueryParameters()).containsEntry("beta", "2").hasSize(1);
        assertThat(merged.extraBodyFields()).containsEntry("safe_prompt", true).containsEntry("random_seed", 7);
        assertThat(merged.maxResponseBytes()).hasValue(1024);
    }

    @Test
    void mergingLeavesBothSidesUnchanged() {
        RequestOptions later = RequestOptions.builder().header("X-Trace", "two").build();

        earlier.mergedWith(later);

        assertThat(earlier.extraHeaders().all("X-Trace")).containsExactly("one");
        assertThat(later.extraHeaders().first("X-Tenant")).isEmpty();
    }

    @Test
    void retryingStateCreatingCallsOnceAskedStaysOn() {
        RequestOptions optIn = RequestOptions.builder().retryStateCreating(true).build();

        assertThat(optIn.mergedWith(RequestOptions.builder().timeout(Duration.ofSeconds(1)).build())
                .retryStateCreating()).isTrue();
        assertThat(RequestOptions.none().mergedWith(optIn).retryStateCreating()).isTrue();
    }

    @Test
    void noneOnEitherSideIsTheOtherSide() {
        assertThat(earlier.mergedWith(RequestOptions.none())).isSameAs(earlier);
        assertThat(RequestOptions.none().mergedWith(earlier)).isSameAs(earlier);
        assertThat(earlier.mergedWith(null)).isSameAs(earlier);
    }

    @Test
    void toBuilderCopiesEverySetting() {
        RequestOptions copy = earlier.toBuilder().build();

        assertThat(copy.timeout()).isEqualTo(earlier.timeout());
        assertThat(copy.maxAttempts()).isEqualTo(earlier.maxAttempts());
        assertThat(copy.extraHeaders().all("X-Trace")).containsExactly("one");
        assertThat(copy.extraQueryParameters()).isEqualTo(earlier.extraQueryParameters());
        assertThat(copy.extraBodyFields()).isEqualTo(earlier.extraBodyFields());
    }
}
