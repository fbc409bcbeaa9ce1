package io.mistral4j.impl.http;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;

/**
 * A call whose successful answer is open and unread (a stream or a download), with the call's
 * events, which whoever reads the answer reports its end to.
 *
 * @param call     the call
 * @param response the open answer, owned by the reader, who must close it
 * @param events   the call's listeners, told of the first chunk, the result and the end
 */
public record OpenedCall(ApiCall call, TransportResponse response, CallEvents events) {
}
