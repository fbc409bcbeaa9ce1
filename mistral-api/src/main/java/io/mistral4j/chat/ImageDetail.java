package io.mistral4j.chat;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/** The resolution an image is looked at with. Open: values this version does not know parse and round-trip unchanged. */
public final class ImageDetail extends OpenEnum {

    private static final Map<String, ImageDetail> KNOWN = new LinkedHashMap<>();

    /** {@code low}: a low-resolution look. */
    public static final ImageDetail LOW = known("low");
    /** {@code auto}: the model chooses the detail level. */
    public static final ImageDetail AUTO = known("auto");
    /** {@code high}: a high-resolution look, for fine detail. */
    public static final ImageDetail HIGH = known("high");

    private final boolean known;

    private ImageDetail(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ImageDetail known(String value) {
        ImageDetail constant = new ImageDetail(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ImageDetail of(String value) {
        ImageDetail constant = KNOWN.get(value);
        return constant != null ? constant : new ImageDetail(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
