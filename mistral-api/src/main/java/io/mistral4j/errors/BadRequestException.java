package io.mistral4j.errors;

/** 400 Bad Request: the request was malformed or named an unknown model. */
public class BadRequestException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public BadRequestException(ServiceError failure) {
        super(failure);
    }
}
