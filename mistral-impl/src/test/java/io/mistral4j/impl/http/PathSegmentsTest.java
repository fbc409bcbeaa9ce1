package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import org.junit.jupiter.api.Test;

/** Ids become exactly one path segment, or a {@link ValidationException} naming the parameter. */
class PathSegmentsTest {

    @Test
    void dotSegmentsAndBlankIdsAreRefused() {
        for (String bad : new String[] {".", "..", "", " ", null}) {
            assertThatThrownBy(() -> PathSegments.encode("fileId", bad)).as(String.valueOf(bad))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("fileId"));
        }
    }

    @Test
    void otherIdsAreEncodedAsOneSegment() {
        assertThat(PathSegments.encode("id", "...")).isEqualTo("...");
        assertThat(PathSegments.encode("id", "./x")).isEqualTo(".%2Fx");
        assertThat(PathSegments.encode("id", "ft:open-mistral-7b:abc")).isEqualTo("ft:open-mistral-7b:abc");
        assertThat(PathSegments.encode("id", "a\u0000b")).isEqualTo("a%00b");
    }
}
