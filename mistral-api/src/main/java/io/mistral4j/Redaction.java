package io.mistral4j;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Hides secrets in text that may be printed: exception messages, {@code toString}, logs and
 * spans. Credentials are replaced by {@link #MASK}; the rest of the text is kept so that it
 * still explains what happened.
 */
public final class Redaction {

    /** What stands in for a secret. */
    public static final String MASK = "[redacted]";

    /**
     * {@code Authorization: ...}, {@code "x-api-key": "..."}, {@code api_key=...}, the tokens and
     * client secrets of connector credentials, a signed URL's {@code signature=...}: the value up
     * to its end.
     */
    private static final Pattern CREDENTIAL_FIELD = Pattern.compile("(?i)(?<![\\w-])((?:proxy-)?authorization"
            + "|x-api-key|api[-_]?key|access[-_]?token|refresh[-_]?token|bearer[-_]?token|client[-_]?secret"
            + "|x-amz-(?:signature|credential|security-token)"
            + "|x-goog-signature|signature|sig)(\"?\\s*[:=]\\s*\"?)[^\"\\r\\n,;}&]+");
    /** A bearer token anywhere, e.g. echoed in a sentence. */
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[^\\s\"',;]+");

    private Redaction() {
    }

    /**
     * {@code text} with the values of credential fields ({@code Authorization}, {@code x-api-key},
     * {@code api_key}, {@code access_token}, {@code refresh_token}, {@code bearer_token},
     * {@code client_secret}, and the signature parameters of signed URLs, as a
     * header line, a JSON field or a query parameter) and every bearer token masked; null stays
     * null.
     */
    public static String credentials(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = CREDENTIAL_FIELD.matcher(text).replaceAll("$1$2" + MASK);
        return BEARER.matcher(masked).replaceAll("$1 " + MASK);
    }

    /** {@code uri} as text with its user information ({@code user:password@}) masked; null stays null. */
    public static String uri(URI uri) {
        if (uri == null) {
            return null;
        }
        String text = uri.toString();
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return text;
        }
        int authority = text.indexOf("//");
        int at = text.indexOf(userInfo + "@", authority < 0 ? 0 : authority);
        return at < 0 ? MASK : text.substring(0, at) + MASK + text.substring(at + userInfo.length());
    }

    /**
     * A URL that carries its own credentials (a signed URL), printable: user information masked
     * and the query, which holds the signature, replaced by {@link #MASK}.
     */
    public static String signedUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            String text = uri(uri);
            int query = text.indexOf('?');
            int fragment = text.indexOf('#');
            int cut = query >= 0 ? query : fragment;
            return cut < 0 ? text : text.substring(0, cut) + (query >= 0 ? "?" + MASK : "");
        } catch (IllegalArgumentException unparsable) {
            return MASK;
        }
    }
}
