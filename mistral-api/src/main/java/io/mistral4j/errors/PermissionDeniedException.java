package io.mistral4j.errors;

/** 403 Forbidden: the key may not use this resource. */
public class PermissionDeniedException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public PermissionDeniedException(ServiceError failure) {
        super(failure);
    }
}
