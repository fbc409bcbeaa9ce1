package io.mistral4j.errors;

/** 400 Bad Request: the request was malformed or named an unknown model. */
public class BadRequestException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(ServiceError failure) {
        super(failure);
    }
}
