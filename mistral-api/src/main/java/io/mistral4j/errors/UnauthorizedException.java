package io.mistral4j.errors;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public class UnauthorizedException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public UnauthorizedException(ServiceError failure) {
        super(failure);
    }
}
