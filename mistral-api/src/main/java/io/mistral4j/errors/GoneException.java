package io.mistral4j.errors;

/**
 * 410 Gone: the API retired this endpoint, and it will not come back. Mistral answers so on
 * {@code /v1/fine_tuning/jobs} since fine-tuning was withdrawn from the public API; calling
 * again, or retrying, cannot succeed.
 */
public class GoneException extends MistralServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * For the client (see {@link MistralServiceException#of(ServiceError)}): the failed answer, credentials
     * already masked.
     */
    public GoneException(ServiceError failure) {
        super("the endpoint was retired by the API (410 Gone), so this call cannot succeed: "
                + failure.describe(), failure);
    }
}
