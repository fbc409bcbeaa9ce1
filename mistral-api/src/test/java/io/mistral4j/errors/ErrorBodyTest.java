package io.mistral4j.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.errors.ErrorBody.ValidationIssue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    private static final ValidationIssue MISSING =
            new ValidationIssue(List.of("body", "messages", "0"), "Field required", "missing");
    private static final ValidationIssue TOO_HOT =
            new ValidationIssue(List.of("body", "temperature"), "Input should be at most 1.5", null);

    @Test
    void summaryOfAnEmptyBodyIsEmpty() {
        assertThat(new ErrorBody(null, null, null, null, null).summary()).isEmpty();
    }

    @Test
    void summaryOfAMessageIsTheMessage() {
        assertThat(new ErrorBody("Requests rate limit exceeded", null, null, null, List.of()).summary())
                .isEqualTo("Requests rate limit exceeded");
    }

    @Test
    void summaryAppendsTypeCodeAndParam() {
        assertThat(new ErrorBody("Invalid model", "invalid_model", "1500", "model", List.of()).summary())
                .isEqualTo("Invalid model [type=invalid_model] [code=1500] [param=model]");
    }

    @Test
    void summaryListsValidationIssues() {
        assertThat(new ErrorBody(null, null, null, null, List.of(MISSING, TOO_HOT)).summary())
                .isEqualTo("body.messages.0: Field required (missing); body.temperature: Input should be at most 1.5");
    }

    @Test
    void summaryPutsTheMessageBeforeTheIssues() {
        assertThat(new ErrorBody("Validation failed", "invalid_request_error", null, null, List.of(MISSING))
                .summary())
                .isEqualTo("Validation failed; body.messages.0: Field required (missing) [type=invalid_request_error]");
    }

    @Test
    void summaryWithoutMessageDoesNotStartWithASpace() {
        assertThat(new ErrorBody(null, "rate_limited", "1300", null, List.of()).summary())
                .isEqualTo("[type=rate_limited] [code=1300]");
        assertThat(new ErrorBody(null, null, null, "stop", List.of()).summary()).isEqualTo("[param=stop]");
    }

    @Test
    void issueWithoutLocationIsJustItsMessage() {
        assertThat(new ValidationIssue(List.of(), "something broke", null)).hasToString("something broke");
        assertThat(new ValidationIssue(null, "x", "value_error")).hasToString("x (value_error)");
    }

    @Test
    void detailsAreCopied() {
        java.util.ArrayList<ValidationIssue> issues = new java.util.ArrayList<>(List.of(MISSING));
        ErrorBody body = new ErrorBody(null, null, null, null, issues);

        issues.add(TOO_HOT);

        assertThat(body.details()).containsExactly(MISSING);
        assertThat(body.messageText()).isEmpty();
    }

    @Test
    void exceptionMessageCarriesStatusSummaryAndRequestId() {
        ServiceError failure = new ServiceError(422, null, "{}",
                new ErrorBody(null, "invalid_request_error", null, null, List.of(MISSING)), "req-42",
                "POST /v1/chat/completions");

        MistralServiceException exception = MistralServiceException.of(failure);

        assertThat(exception).isInstanceOf(UnprocessableEntityException.class);
        assertThat(exception.getMessage()).isEqualTo("POST /v1/chat/completions failed with status 422: "
                + "body.messages.0: Field required (missing) [type=invalid_request_error] (request id req-42)");
    }

    @Test
    void exceptionMessageFallsBackToTheRawBody() {
        ServiceError failure = new ServiceError(502, null, "<html>Bad Gateway</html>", null, null, null);

        assertThat(MistralServiceException.of(failure).getMessage())
                .isEqualTo("request failed with status 502: <html>Bad Gateway</html>");
    }

    @Test
    void credentialsAServerEchoesAreMaskedInTheMessageTheRawBodyAndTheParsedBody() {
        String key = "sk-echoed-9f8e7d";
        String raw = "{\"message\":\"Invalid header Authorization: Bearer " + key + "\"}";
        ServiceError failure = new ServiceError(401, null, raw,
                new ErrorBody("Invalid header Authorization: Bearer " + key, null, null, null,
                        List.of(new ValidationIssue(List.of("header"), "bearer " + key + " unknown", null))),
                "req-1", "GET /v1/models");

        MistralServiceException exception = MistralServiceException.of(failure);

        assertThat(exception).isInstanceOf(UnauthorizedException.class);
        assertThat(exception.getMessage()).doesNotContain(key).contains("Authorization: [redacted]");
        assertThat(exception.rawBody()).doesNotContain(key).contains("[redacted]");
        assertThat(exception.error().message()).doesNotContain(key);
        assertThat(exception.error().details().get(0).msg()).isEqualTo("bearer [redacted] unknown");
        assertThat(MistralServiceException.of(new ServiceError(401, null, "Authorization: Bearer " + key, null, null,
                null)).getMessage()).isEqualTo("request failed with status 401: Authorization: [redacted]");
    }
}
