package io.mistral4j.tck.simulator.routes.classifiers;

import com.google.gson.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a text in the nine moderation categories, deterministically: each category has cue
 * words (matched as word starts, so "kill" finds "killing"); every cue found pushes the score
 * towards 1, and a text with none gets a small score derived from its hash. A category is
 * flagged from 0.5.
 */
public final class ModerationScorer {

    static final double THRESHOLD = 0.5;

    /** Categories in the API's order, with their cue words. */
    static final Map<String, List<String>> CUES = cues();

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .-]{7,}\\d");

    private ModerationScorer() {
    }

    /** Category to score in [0, 1), in the API's category order. */
    static Map<String, Double> scores(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = words(lower);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> category : CUES.entrySet()) {
            int hits = 0;
            for (String word : words) {
                for (String cue : category.getValue()) {
                    if (word.startsWith(cue)) {
                        hits++;
                        break;
                    }
                }
            }
            if (category.getKey().equals("pii")) {
                hits += count(EMAIL, text) + count(PHONE, text);
            }
            scores.put(category.getKey(), hits == 0 ? background(category.getKey(), text)
                    : 1 - 0.15 * Math.pow(0.5, hits - 1));
        }
        return scores;
    }

    /** A ModerationObject: {@code categories} (flags) and {@code category_scores}. */
    static JsonObject result(String text) {
        JsonObject categories = new JsonObject();
        JsonObject categoryScores = new JsonObject();
        scores(text).forEach((category, score) -> {
            categories.addProperty(category, score >= THRESHOLD);
            categoryScores.addProperty(category, score);
        });
        JsonObject result = new JsonObject();
        result.add("categories", categories);
        result.add("category_scores", categoryScores);
        return result;
    }

    /** A score below 0.005 that differs by text and category, like a model's noise floor. */
    private static double background(String category, String text) {
        int hash = (category + '\u0000' + text).hashCode();
        return (Math.floorMod(hash, 4_900) + 100) / 1_000_000.0;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<String, List<String>> cues() {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        cues.put("sexual", List.of("sex", "porn", "nude", "naked", "erotic"));
        cues.put("hate_and_discrimination", List.of("hate", "racis", "bigot", "inferior", "slur"));
        cues.put("violence_and_threats", List.of("kill", "murder", "attack", "shoot", "stab", "beat", "threat"));
        cues.put("dangerous_and_criminal_content", List.of("bomb", "explosive", "weapon", "steal", "hack",
                "poison", "launder"));
        cues.put("selfharm", List.of("suicid", "self-harm", "selfharm", "overdose"));
        cues.put("health", List.of("diagnos", "symptom", "medication", "disease", "doctor", "dosage"));
        cues.put("financial", List.of("invest", "stock", "loan", "crypto", "mortgage", "bitcoin"));
        cues.put("law", List.of("lawyer", "lawsuit", "legal", "court", "sue", "attorney"));
        cues.put("pii", List.of("passport", "ssn", "password", "iban"));
        return java.util.Collections.unmodifiableMap(cues);
    }
}
