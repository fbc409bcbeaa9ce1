package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.errors.ErrorBody;
import io.mistral4j.errors.ErrorBody.ValidationIssue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyParserTest {

    private static final ErrorBody NOTHING = new ErrorBody(null, null, null, null, List.of());

    @Test
    void documentedErrorObject() {
        ErrorBody body = ErrorBodyParser.parse("{\"object\":\"error\",\"message\":\"Invalid model: mistral-huge\","
                + "\"type\":\"invalid_model\",\"param\":null,\"code\":\"1500\"}");

        assertThat(body).isEqualTo(new ErrorBody("Invalid model: mistral-huge", "invalid_model", "1500", null,
                List.of()));
    }

    @Test
    void documentedErrorObjectWithParam() {
        ErrorBody body = ErrorBodyParser.parse("{\"object\":\"error\",\"message\":\"bad\","
                + "\"type\":\"invalid_request_error\",\"param\":\"temperature\",\"code\":null}");

        assertThat(body.param()).isEqualTo("temperature");
        assertThat(body.code()).isNull();
    }

    @Test
    void rateLimitedObject() {
        ErrorBody body = ErrorBodyParser.parse("{\"type\":\"rate_limited\",\"code\":\"1300\",\"raw_status_code\":429,"
                + "\"message\":\"Rate limit exceeded\"}");

        assertThat(body).isEqualTo(new ErrorBody("Rate limit exceeded", "rate_limited", "1300", null, List.of()));
    }

    @Test
    void bareMessage() {
        assertThat(ErrorBodyParser.parse("{\"message\":\"Requests rate limit exceeded\"}"))
                .isEqualTo(new ErrorBody("Requests rate limit exceeded", null, null, null, List.of()));
    }

    @Test
    void numericCodeBecomesText() {
        ErrorBody body = ErrorBodyParser.parse("{\"object\":\"error\",\"message\":\"Too many tokens in batch. "
                + "Max is 16384\",\"type\":\"invalid_request_error\",\"code\":3210}");

        assertThat(body.code()).isEqualTo("3210");
        assertThat(body.message()).isEqualTo("Too many tokens in batch. Max is 16384");
    }

    @Test
    void validationListOf422() {
        ErrorBody body = ErrorBodyParser.parse("{\"detail\":[{\"loc\":[\"body\",\"messages\",0],"
                + "\"msg\":\"Field required\",\"type\":\"missing\",\"input\":{\"role\":\"user\"},\"ctx\":{}},"
                + "{\"loc\":[\"body\",\"temperature\"],\"msg\":\"Input should be less than or equal to 1.5\","
                + "\"type\":\"less_than_equal\",\"input\":3,\"ctx\":{\"le\":1.5}}]}");

        assertThat(body.message()).isNull();
        assertThat(body.details()).containsExactly(
                new ValidationIssue(List.of("body", "messages", "0"), "Field required", "missing"),
                new ValidationIssue(List.of("body", "temperature"), "Input should be less than or equal to 1.5",
                        "less_than_equal"));
    }

    @Test
    void validationListWrappedAsTheMessageOfAnErrorObject() {
        ErrorBody body = ErrorBodyParser.parse("{\"object\":\"error\",\"message\":{\"detail\":[{"
                + "\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"messages\",0,\"user\",\"name\"],"
                + "\"msg\":\"Extra inputs are not permitted\",\"input\":\"\","
                + "\"url\":\"https://errors.pydantic.dev/2.6/v/extra_forbidden\"}]},"
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}");

        assertThat(body.details()).containsExactly(new ValidationIssue(
                List.of("body", "messages", "0", "user", "name"), "Extra inputs are not permitted",
                "extra_forbidden"));
        assertThat(body.type()).isEqualTo("invalid_request_error");
        assertThat(body.message()).isNull();
    }

    @Test
    void messageAsAnObjectWithItsOwnMessage() {
        ErrorBody body = ErrorBodyParser.parse("{\"message\":{\"message\":\"inner text\",\"code\":\"x\"},"
                + "\"type\":\"t\"}");

        assertThat(body.message()).isEqualTo("inner text");
        assertThat(body.type()).isEqualTo("t");
    }

    @Test
    void messageAsAnUnknownObjectIsKeptAsJsonText() {
        ErrorBody body = ErrorBodyParser.parse("{\"message\":{\"reason\":\"quota\",\"limit\":5}}");

        assertThat(body.message()).isEqualTo("{\"reason\":\"quota\",\"limit\":5}");
    }

    @Test
    void fastApiDetailString() {
        assertThat(ErrorBodyParser.parse("{\"detail\":\"Not Found\"}"))
                .isEqualTo(new ErrorBody("Not Found", null, null, null, List.of()));
    }

    @Test
    void messageWinsOverADetailString() {
        assertThat(ErrorBodyParser.parse("{\"message\":\"m\",\"detail\":\"d\"}").message()).isEqualTo("m");
    }

    @Test
    void messageAndValidationListTogether() {
        ErrorBody body = ErrorBodyParser.parse("{\"message\":\"Validation failed\",\"detail\":[{\"loc\":[\"body\"],"
                + "\"msg\":\"bad\",\"type\":\"value_error\"}]}");

        assertThat(body.message()).isEqualTo("Validation failed");
        assertThat(body.details()).containsExactly(new ValidationIssue(List.of("body"), "bad", "value_error"));
    }

    @Test
    void validationItemsThatAreNotObjectsAreKeptAsMessages() {
        ErrorBody body = ErrorBodyParser.parse("{\"detail\":[\"something broke\",{\"msg\":\"no loc\"}]}");

        assertThat(body.details()).containsExactly(
                new ValidationIssue(List.of(), "something broke", null),
                new ValidationIssue(List.of(), "no loc", null));
    }

    @Test
    void errorFieldAsStringOrObject() {
        assertThat(ErrorBodyParser.parse("{\"error\":\"Unauthorized\"}").message()).isEqualTo("Unauthorized");
        assertThat(ErrorBodyParser.parse("{\"error\":{\"message\":\"Key revoked\",\"type\":\"auth\"}}").message())
                .isEqualTo("Key revoked");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "Bad Gateway",
            "upstream connect error or disconnect/reset before headers",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "{\"message\":\"cut",
            "[{\"message\":\"in an array\"}]",
            "\"just a string\"",
            "42",
            "null",
    })
    void bodiesWithoutAnErrorObjectGiveEmptyFields(String raw) {
        assertThat(ErrorBodyParser.parse(raw)).isEqualTo(NOTHING);
    }

    @Test
    void deeplyNestedMessageDoesNotOverflowTheStack() {
        int depth = 100_000;
        String body = "{\"message\":".repeat(depth) + "\"x\"" + "}".repeat(depth);

        assertThat(ErrorBodyParser.parse(body)).isEqualTo(NOTHING);
    }

    @Test
    void objectWithoutKnownFieldsGivesEmptyFields() {
        assertThat(ErrorBodyParser.parse("{\"status\":503,\"retry\":true}")).isEqualTo(NOTHING);
    }
}
