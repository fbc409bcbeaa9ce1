package io.mistral4j.errors;

/** An error status this library has no dedicated type for. */
public class UnexpectedStatusException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public UnexpectedStatusException(ServiceError failure) {
        super(failure);
    }
}
