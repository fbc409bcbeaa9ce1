package io.mistral4j.errors;

import java.util.List;

/** 422 Unprocessable Entity: the body did not validate; {@link #issues()} says where. */
public class UnprocessableEntityException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public UnprocessableEntityException(ServiceError failure) {
        super(failure);
    }

    /** Each validation problem with its location, e.g. {@code body.messages.0.content}. */
    public List<ErrorBody.ValidationIssue> issues() {
        return error() == null ? List.of() : error().details();
    }
}
