package io.mistral4j.errors;

/** 5xx: the server failed or is overloaded; usually worth a retry. */
public class InternalServerException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public InternalServerException(ServiceError failure) {
        super(failure);
    }
}
