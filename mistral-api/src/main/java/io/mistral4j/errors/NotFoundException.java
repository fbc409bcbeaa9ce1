package io.mistral4j.errors;

/** 404 Not Found: the model, file, job or route does not exist. */
public class NotFoundException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public NotFoundException(ServiceError failure) {
        super(failure);
    }
}
