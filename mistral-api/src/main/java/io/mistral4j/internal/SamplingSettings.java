package io.mistral4j.internal;

import io.mistral4j.errors.ValidationException;
import java.util.List;

/**
 * The sampling settings chat, fill-in-the-middle, agent completions and an agent's completion
 * args share, as their builders hold them, and the one set of ranges they are all checked
 * against, so the request types cannot drift apart. Each type sets only the settings its
 * endpoint takes; an unset (null) setting is neither sent nor checked.
 *
 * <p>The ranges are the API specification's. Where the specification bounds a setting
 * differently per endpoint, the widest bound is kept, so the client never refuses what an
 * endpoint accepts and the server stays the judge of the narrower one: {@code temperature} is
 * 0 to 1.5 (chat and FIM; an agent's completion args say 0 to 1), {@code topP} is 0 to 1 (one
 * specification excludes 0 for chat and FIM). The specification gives no upper bound to the
 * token counts, the seed or {@code n}, so none is checked.
 */
public final class SamplingSettings {

    private static final double MIN_TEMPERATURE = 0;
    private static final double MAX_TEMPERATURE = 1.5;
    private static final double MIN_TOP_P = 0;
    private static final double MAX_TOP_P = 1;
    private static final double MIN_PENALTY = -2;
    private static final double MAX_PENALTY = 2;

    private Double temperature;
    private Double topP;
    private Integer maxTokens;
    private Integer minTokens;
    private Long randomSeed;
    private List<String> stop;
    private Double presencePenalty;
    private Double frequencyPenalty;
    private Integer n;

    /** Starts with every setting unset. */
    public SamplingSettings() {
    }

    /** Sets {@code temperature}; null unsets it. */
    public SamplingSettings temperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    /** Sets {@code topP}; null unsets it. */
    public SamplingSettings topP(Double topP) {
        this.topP = topP;
        return this;
    }

    /** Sets {@code maxTokens}; null unsets it. */
    public SamplingSettings maxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    /** Sets {@code minTokens}; null unsets it. */
    public SamplingSettings minTokens(Integer minTokens) {
        this.minTokens = minTokens;
        return this;
    }

    /** Sets {@code randomSeed}; null unsets it. */
    public SamplingSettings randomSeed(Long randomSeed) {
        this.randomSeed = randomSeed;
        return this;
    }

    /** Sets {@code stop}; null unsets it. */
    public SamplingSettings stop(List<String> stop) {
        this.stop = stop;
        return this;
    }

    /** Sets {@code presencePenalty}; null unsets it. */
    public SamplingSettings presencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
        return this;
    }

    /** Sets {@code frequencyPenalty}; null unsets it. */
    public SamplingSettings frequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
        return this;
    }

    /** Sets {@code n}; null unsets it. */
    public SamplingSettings n(Integer n) {
        this.n = n;
        return this;
    }

    /** The temperature, or null. */
    public Double temperature() {
        return temperature;
    }

    /** The nucleus sampling mass, or null. */
    public Double topP() {
        return topP;
    }

    /** The most tokens to generate, or null. */
    public Integer maxTokens() {
        return maxTokens;
    }

    /** The fewest tokens to generate, or null. */
    public Integer minTokens() {
        return minTokens;
    }

    /** The sampling seed, or null. */
    public Long randomSeed() {
        return randomSeed;
    }

    /** The stop strings, or null. */
    public List<String> stop() {
        return stop;
    }

    /** The presence penalty, or null. */
    public Double presencePenalty() {
        return presencePenalty;
    }

    /** The frequency penalty, or null. */
    public Double frequencyPenalty() {
        return frequencyPenalty;
    }

    /** The number of completions, or null. */
    public Integer n() {
        return n;
    }

    /**
     * Checks every set setting against its range; the {@link ValidationException} names the
     * first wrong one as {@code fieldPrefix} plus the setting's name, e.g.
     * {@code completionArgs.temperature}.
     */
    public void validate(String fieldPrefix) {
        Require.range(fieldPrefix + "temperature", temperature, MIN_TEMPERATURE, MAX_TEMPERATURE);
        Require.range(fieldPrefix + "topP", topP, MIN_TOP_P, MAX_TOP_P);
        Require.atLeast(fieldPrefix + "maxTokens", maxTokens, 0);
        Require.atLeast(fieldPrefix + "minTokens", minTokens, 0);
        if (minTokens != null && maxTokens != null && minTokens > maxTokens) {
            throw new ValidationException(fieldPrefix + "minTokens", "must not exceed maxTokens (" + maxTokens
                    + "), was " + minTokens);
        }
        Require.atLeast(fieldPrefix + "randomSeed", randomSeed, 0);
        Require.noNulls(fieldPrefix + "stop", stop);
        Require.range(fieldPrefix + "presencePenalty", presencePenalty, MIN_PENALTY, MAX_PENALTY);
        Require.range(fieldPrefix + "frequencyPenalty", frequencyPenalty, MIN_PENALTY, MAX_PENALTY);
        Require.atLeast(fieldPrefix + "n", n, 1);
    }
}
