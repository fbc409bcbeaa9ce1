package io.mistral4j.errors;

/** 409 Conflict: the resource is in a state that forbids this change. */
public class ConflictException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public ConflictException(ServiceError failure) {
        super(failure);
    }
}
