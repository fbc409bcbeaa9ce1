package io.mistral4j.audio;

/** Which voices to list. */
public enum VoiceType {
    /** Preset and custom voices (the server's default). */
    ALL("all"),
    /** The voices created in this workspace. */
    CUSTOM("custom"),
    /** The voices Mistral provides. */
    PRESET("preset");

    private final String value;

    VoiceType(String value) {
        this.value = value;
    }

    /** The wire value. */
    public String value() {
        return value;
    }
}
