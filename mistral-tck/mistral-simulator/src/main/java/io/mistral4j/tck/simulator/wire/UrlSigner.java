package io.mistral4j.tck.simulator.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Signs the URLs the simulator hands out for downloads without the API key: a signature of the
 * resource and its expiry under a key drawn per instance.
 */
public final class UrlSigner {

    private final byte[] key = new byte[32];

    public UrlSigner() {
        new SecureRandom().nextBytes(key);
    }

    /** The signature of {@code id} until {@code expires} (epoch seconds). */
    public String sign(String id, long expires) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key);
            byte[] hash = digest.digest((id + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /**
     * Null when {@code signature} is valid for {@code id} and not expired at {@code now}, else the
     * 403 answer.
     */
    public Reply refusal(String id, String expires, String signature, long now) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException | NullPointerException e) {
            return ApiErrors.error(403, "Signature not valid", "forbidden", null);
        }
        if (signature == null || !signature.equals(sign(id, expiresAt))) {
            return ApiErrors.error(403, "Signature not valid", "forbidden", null);
        }
        if (expiresAt <= now) {
            return ApiErrors.error(403, "Signed URL expired", "forbidden", null);
        }
        return null;
    }
}
