package io.mistral4j.errors;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public class UnauthorizedException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(ServiceError failure) {
        super(failure);
    }
}
