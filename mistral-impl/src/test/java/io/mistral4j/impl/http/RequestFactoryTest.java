package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiKey;
import io.mistral4j.ClientOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.AuthProvider;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request's URI, from a path alone (parsed once per path) or with its query. */
class RequestFactoryTest {

    private static final ApiKey KEY = ApiKey.of("sk-request-factory-1a2b3c");
    private final RequestFactory factory = new RequestFactory(new ClientOptions(KEY,
            URI.create("https://api.example.test"), Duration.ofSeconds(5), null, null, null, null,
            AuthProvider.bearer(KEY), List.of()));

    @Test
    void aPathWithoutAQueryIsParsedOnceAndKeepsGivingTheSameUri() {
        URI first = factory.create(get("/v1/models", null, RequestOptions.none())).uri();
        URI second = factory.create(get("/v1/models", null, RequestOptions.none())).uri();

        assertThat(first).isEqualTo(URI.create("https://api.example.test/v1/models"));
        assertThat(second).isSameAs(first);
    }

    @Test
    void queriesAndExtraParametersAreBuiltForEachCallNotTakenFromThePathAlone() {
        factory.create(get("/v1/files", null, RequestOptions.none()));
        Map<String, String> page = new LinkedHashMap<>();
        page.put("page", "2");
        page.put("purpose", "fine tune");

        assertThat(factory.create(get("/v1/files", page, RequestOptions.none())).uri())
                .isEqualTo(URI.create("https://api.example.test/v1/files?page=2&purpose=fine%20tune"));
        assertThat(factory.create(get("/v1/files", null,
                RequestOptions.builder().queryParameter("trace", "on").build())).uri())
                .isEqualTo(URI.create("https://api.example.test/v1/files?trace=on"));
        assertThat(factory.create(get("/v1/files", null, RequestOptions.none())).uri())
                .isEqualTo(URI.create("https://api.example.test/v1/files"));
    }

    @Test
    void pathsBeyondTheCachedOnesStillGetTheirOwnUri() {
        for (int i = 0; i < RequestFactory.CACHED_URIS * 2; i++) {
            String path = "/v1/files/file-" + i;
            assertThat(factory.create(get(path, null, RequestOptions.none())).uri())
                    .isEqualTo(URI.create("https://api.example.test" + path));
        }
        assertThat(factory.create(get("/v1/files/file-3", null, RequestOptions.none())).uri())
                .isEqualTo(URI.create("https://api.example.test/v1/files/file-3"));
        assertThat(factory.create(get("/v1/files/file-" + (RequestFactory.CACHED_URIS + 7), null,
                RequestOptions.none())).uri())
                .isEqualTo(URI.create("https://api.example.test/v1/files/file-" + (RequestFactory.CACHED_URIS + 7)));
    }

    private static ApiCall get(String path, Map<String, String> query, RequestOptions options) {
        return new ApiCall("files.list", null, "GET", path, query, null, false, null, options);
    }
}
