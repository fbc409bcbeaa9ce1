package io.mistral4j.errors;

import io.mistral4j.Headers;
import io.mistral4j.RateLimitInfo;
import java.util.Optional;

/**
 * The server answered with an error status. Carries the status, Mistral's parsed error body,
 * the raw body, the response headers and the request id; {@link #of} picks the subclass for
 * a status so that callers can catch exactly the case they handle.
 */
public class MistralServiceException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient Headers headers;
    private final transient ErrorBody error;
    private final String rawBody;
    private final String requestId;

    /** For subclasses: takes the status, headers, parsed and raw body and request id from {@code failure}. */
    protected MistralServiceException(ServiceError failure) {
        this(failure.describe(), failure);
    }

    /** For subclasses that explain the status better than the server's message: {@code message} replaces it. */
    protected MistralServiceException(String message, ServiceError failure) {
        super(message);
        this.statusCode = failure.statusCode();
        this.headers = failure.headers();
        this.error = failure.body();
        this.rawBody = failure.rawBody();
        this.requestId = failure.requestId();
    }

    /** The typed exception for {@code failure}'s status. */
    public static MistralServiceException of(ServiceError failure) {
        int status = failure.statusCode();
        switch (status) {
            case 400: return new BadRequestException(failure);
            case 401: return new UnauthorizedException(failure);
            case 403: return new PermissionDeniedException(failure);
            case 404: return new NotFoundException(failure);
            case 409: return new ConflictException(failure);
            case 410: return new GoneException(failure);
            case 422: return new UnprocessableEntityException(failure);
            case 429: return new RateLimitException(failure);
            default:
                return status >= 500 ? new InternalServerException(failure) : new UnexpectedStatusException(failure);
        }
    }

    /** The HTTP status of the answer, e.g. 400 or 503. */
    public int statusCode() {
        return statusCode;
    }

    /** The answer's headers (empty after deserialisation, as they are not serialised). */
    public Headers headers() {
        return headers == null ? Headers.empty() : headers;
    }

    /** Mistral's error body as parsed; fields are null when the body did not have them. */
    public ErrorBody error() {
        return error;
    }

    /**
     * The body as received (may be empty), except that credentials it echoed (an
     * {@code Authorization} value, a bearer token, the client's key) are masked.
     */
    public String rawBody() {
        return rawBody;
    }

    /** The request id Mistral gave this call ({@code mistral-correlation-id} or {@code x-request-id}). */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The rate-limit headers of the failed answer, e.g. the remaining budget after a 429. */
    public RateLimitInfo rateLimits() {
        return RateLimitInfo.from(headers());
    }
}
