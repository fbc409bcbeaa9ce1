package io.mistral4j.tck.simulator.routes.classifiers;

import com.google.gson.JsonObject;

import java.util.List;
import java.util.Locale;

/**
 * Scores a text's sentiment for the classification routes: positive and negative cue words
 * are counted and turned into three scores that sum to 1 (a softmax), deterministically.
 */
public final class SentimentScorer {

    private static final List<String> POSITIVE = List.of("good", "great", "love", "excellent", "happy", "wonderful",
            "thank", "nice", "best", "enjoy");
    private static final List<String> NEGATIVE = List.of("bad", "terrible", "hate", "awful", "sad", "worst", "angry",
            "poor", "broken", "kill");

    private SentimentScorer() {
    }

    /** {@code {"positive":p,"negative":n,"neutral":u}}. */
    static JsonObject scores(String text) {
        int positive = 0;
        int negative = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            positive += POSITIVE.stream().anyMatch(word::startsWith) ? 1 : 0;
            negative += NEGATIVE.stream().anyMatch(word::startsWith) ? 1 : 0;
        }
        double[] logits = {positive * 2.0, negative * 2.0, 1.0};
        double sum = 0;
        for (double logit : logits) {
            sum += Math.exp(logit);
        }
        JsonObject scores = new JsonObject();
        scores.addProperty("positive", Math.exp(logits[0]) / sum);
        scores.addProperty("negative", Math.exp(logits[1]) / sum);
        scores.addProperty("neutral", Math.exp(logits[2]) / sum);
        return scores;
    }
}
