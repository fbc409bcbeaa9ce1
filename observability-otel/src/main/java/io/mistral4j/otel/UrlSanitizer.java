package io.mistral4j.otel;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * {@code url.full} as the conventions want it: user information replaced by
 * {@code REDACTED:REDACTED}, and the values of query parameters that carry credentials or
 * signatures replaced by {@code REDACTED}.
 */
final class UrlSanitizer {

    /** The conventions' list of signature parameters, and the usual names of keys and tokens. */
    private static final Set<String> SENSITIVE_PARAMETERS = Set.of("awsaccesskeyid", "signature", "sig",
            "x-goog-signature", "x-amz-signature", "x-amz-credential", "x-amz-security-token", "api_key", "apikey",
            "api-key", "key", "token", "access_token", "client_secret");

    private UrlSanitizer() {
    }

    static String sanitize(URI uri) {
        StringBuilder out = new StringBuilder(64);
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append("://");
        }
        if (uri.getRawUserInfo() != null) {
            out.append(GenAiConventions.REDACTED).append(':').append(GenAiConventions.REDACTED).append('@');
        }
        if (uri.getHost() != null) {
            out.append(uri.getHost());
        }
        if (uri.getPort() >= 0) {
            out.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            out.append(uri.getRawPath());
        }
        String query = uri.getRawQuery();
        if (query != null) {
            out.append('?');
            String[] parameters = query.split("&", -1);
            for (int i = 0; i < parameters.length; i++) {
                if (i > 0) {
                    out.append('&');
                }
                out.append(sanitizeParameter(parameters[i]));
            }
        }
        return out.toString();
    }

    private static String sanitizeParameter(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0) {
            return parameter;
        }
        String name = parameter.substring(0, equals);
        return SENSITIVE_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))
                ? name + '=' + GenAiConventions.REDACTED : parameter;
    }
}
