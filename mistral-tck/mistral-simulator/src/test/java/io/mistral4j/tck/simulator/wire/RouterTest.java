package io.mistral4j.tck.simulator.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private final Router router = new Router()
            .add("GET", "/v1/files", r -> null)
            .add("POST", "/v1/files", r -> null)
            .add("GET", "/v1/files/{file_id}/content", r -> null);

    @Test
    void matchesLiteralAndPlaceholderSegments() {
        Router.Resolution found = router.resolve("GET", "/v1/files/abc-1/content");

        assertThat(found).isInstanceOf(Router.Found.class);
        Router.Found f = (Router.Found) found;
        assertThat(f.pathParams()).containsEntry("file_id", "abc-1");
        assertThat(f.route().key()).isEqualTo("GET /v1/files/{file_id}/content");
        assertThat(router.resolve("GET", "/v1/files/")).isInstanceOf(Router.Found.class);
    }

    @Test
    void reportsAllowedMethodsOrNotFound() {
        Router.Resolution wrong = router.resolve("DELETE", "/v1/files");

        assertThat(wrong).isEqualTo(new Router.MethodNotAllowed(java.util.Set.of("GET", "POST")));
        assertThat(router.resolve("GET", "/v1/files/abc")).isInstanceOf(Router.NotFound.class);
        assertThat(router.resolve("GET", "/v2/files")).isInstanceOf(Router.NotFound.class);
    }
}
