package io.mistral4j.ocr;

import java.util.Base64;

/**
 * An image extracted from a page, with its bounding box in page-image pixels.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id              the image's id, as referenced from the page markdown
 * @param topLeftX        left edge, or null
 * @param topLeftY        top edge, or null
 * @param bottomRightX    right edge, or null
 * @param bottomRightY    bottom edge, or null
 * @param imageBase64     the image as a base64 {@code data:} URI, when asked for
 * @param imageAnnotation the annotation as a JSON string, when a bbox annotation format was given
 */
public record OcrImage(String id, Integer topLeftX, Integer topLeftY, Integer bottomRightX, Integer bottomRightY,
                       String imageBase64, String imageAnnotation) {

    /** The image bytes, from {@link #imageBase64()} with or without a {@code data:} prefix; null when absent. */
    public byte[] decodeImage() {
        if (imageBase64 == null) {
            return null;
        }
        int comma = imageBase64.startsWith("data:") ? imageBase64.indexOf(',') : -1;
        return Base64.getMimeDecoder().decode(imageBase64.substring(comma + 1));
    }

    /** The base64 data is summarised, not printed. */
    @Override
    public String toString() {
        return "OcrImage{id=" + id + ", box=[" + topLeftX + ',' + topLeftY + ',' + bottomRightX + ',' + bottomRightY
                + "], imageBase64=" + (imageBase64 == null ? "null" : "<" + imageBase64.length() + " chars>")
                + ", imageAnnotation=" + imageAnnotation + '}';
    }
}
