package io.mistral4j.classifiers;

import io.mistral4j.OpenEnum;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A moderation category, the key of {@link ModerationResult#categories()} and {@link
 * ModerationResult#categoryScores()}. Open: values this version does not know parse and round-trip
 * unchanged.
 */
public final class ModerationCategory extends OpenEnum {

    private static final Map<String, ModerationCategory> KNOWN = new LinkedHashMap<>();

    /** {@code sexual}: sexually explicit content. */
    public static final ModerationCategory SEXUAL = known("sexual");
    /** {@code hate_and_discrimination}: hate speech or discrimination against protected groups. */
    public static final ModerationCategory HATE_AND_DISCRIMINATION = known("hate_and_discrimination");
    /** {@code violence_and_threats}: violence, or threats of it. */
    public static final ModerationCategory VIOLENCE_AND_THREATS = known("violence_and_threats");
    /** {@code dangerous_and_criminal_content}: instructions for or promotion of dangerous or criminal acts. */
    public static final ModerationCategory DANGEROUS_AND_CRIMINAL_CONTENT = known("dangerous_and_criminal_content");
    /** {@code selfharm}: self-harm, suicide or eating disorders. */
    public static final ModerationCategory SELFHARM = known("selfharm");
    /** {@code health}: advice on medical or health matters. */
    public static final ModerationCategory HEALTH = known("health");
    /** {@code financial}: advice on financial matters. */
    public static final ModerationCategory FINANCIAL = known("financial");
    /** {@code law}: advice on legal matters. */
    public static final ModerationCategory LAW = known("law");
    /** {@code pii}: personally identifiable information. */
    public static final ModerationCategory PII = known("pii");

    private final boolean known;

    private ModerationCategory(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ModerationCategory known(String value) {
        ModerationCategory constant = new ModerationCategory(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ModerationCategory of(String value) {
        ModerationCategory constant = KNOWN.get(value);
        return constant != null ? constant : new ModerationCategory(value, false);
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
