package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks plausible values out of the user's message for the schema sampler: a property named
 * {@code city} gets the next capitalised word ("Paris"), {@code order_id} a token with digits
 * ("T1001"), {@code query} the message itself, and an integer property the next number that
 * fits its bounds. Stateful (successive properties take successive candidates), deterministic.
 */
public final class SampleHints {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_'-]*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.-])-?\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private static final Set<String> FREE_TEXT = Set.of("query", "question", "prompt", "text", "input", "message",
            "content", "q", "search", "topic", "subject", "request", "instruction", "task", "keyword", "summary",
            "description", "sentence");
    private static final Set<String> ENTITY = Set.of("city", "location", "place", "country", "destination",
            "origin", "region", "address", "town", "state", "area", "name", "title", "author", "person", "user",
            "company", "product", "brand", "team", "artist", "book", "movie", "label", "capital");
    private static final Set<String> IDENTIFIER = Set.of("id", "code", "number", "ref", "reference", "sku", "key");
    private static final Set<String> DATE = Set.of("date", "day", "birthday", "deadline");

    /** Capitalised only because they open a sentence; never taken as names. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("what", "what's", "who", "where", "when", "why",
            "how", "which", "please", "can", "could", "would", "should", "is", "are", "do", "does", "did", "give",
            "tell", "find", "get", "show", "list", "the", "a", "an", "compare", "write", "send", "check", "look",
            "call", "create", "make", "let", "hi", "hello", "hey", "my", "use", "translate", "summarize", "explain",
            "i", "describe", "book", "in", "on", "at", "for", "from", "to", "and", "or", "it", "this", "that");

    private final String text;
    private final List<String> entities = new ArrayList<>();
    private final List<String> identifiers = new ArrayList<>();
    private final List<Double> numbers = new ArrayList<>();
    private int nextEntity;
    private int nextIdentifier;
    private int nextNumber;

    public SampleHints(String text) {
        this.text = text == null ? "" : text.strip();
        List<String> openers = new ArrayList<>();
        Matcher words = WORD.matcher(this.text);
        while (words.find()) {
            String word = words.group();
            if (word.chars().anyMatch(Character::isDigit)) {
                identifiers.add(word);
            } else if (Character.isUpperCase(word.codePointAt(0))
                    && !SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
                (sentenceStart(words.start()) ? openers : entities).add(word);
            }
        }
        // Codes such as "T1001" make better identifiers than bare numbers, which are likelier counts.
        identifiers.sort(java.util.Comparator.comparing(id -> id.chars().allMatch(Character::isDigit)));
        if (entities.isEmpty()) {
            entities.addAll(openers); // "Paris is lovely": a name can open a sentence too
        }
        Matcher n = NUMBER.matcher(this.text);
        while (n.find()) {
            numbers.add(Double.parseDouble(n.group()));
        }
    }

    static SampleHints none() {
        return new SampleHints("");
    }

    /** A string for a property of this name, drawn from the message when the name suggests it. */
    String stringFor(String propertyName) {
        List<String> words = nameWords(propertyName);
        if (words.contains("email") || words.contains("mail")) {
            return find(EMAIL, "user@example.com");
        }
        if (words.contains("url") || words.contains("link") || words.contains("uri") || words.contains("website")) {
            return find(URL, "https://example.com");
        }
        if (words.stream().anyMatch(DATE::contains)) {
            return "2025-01-15";
        }
        if (!words.isEmpty() && IDENTIFIER.contains(words.get(words.size() - 1))) {
            return identifiers.isEmpty() ? "id-1" : identifiers.get(nextIdentifier++ % identifiers.size());
        }
        if (words.stream().anyMatch(FREE_TEXT::contains) && !text.isEmpty()) {
            return text.length() <= 120 ? text : text.substring(0, 120);
        }
        if (words.stream().anyMatch(ENTITY::contains) && !entities.isEmpty()) {
            return entities.get(nextEntity++ % entities.size());
        }
        return "example";
    }

    /** The first string of {@code values} the message mentions as a word, else null. */
    String mentioned(JsonArray values) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]+", " ") + " ";
        for (JsonElement v : values) {
            if (Json.isString(v) && !v.getAsString().isBlank()
                    && lower.contains(" " + v.getAsString().toLowerCase(Locale.ROOT) + " ")) {
                return v.getAsString();
            }
        }
        return null;
    }

    /** The next number of the message within [lo, hi] (and whole, if asked), or null. */
    Double number(Double lo, Double hi, boolean whole) {
        for (int i = nextNumber; i < numbers.size(); i++) {
            double n = numbers.get(i);
            if ((lo == null || n >= lo) && (hi == null || n <= hi) && (!whole || n == Math.rint(n))) {
                nextNumber = i + 1;
                return n;
            }
        }
        return null;
    }

    private boolean sentenceStart(int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\"'(".indexOf(text.charAt(i)) >= 0;
    }

    private String find(Pattern pattern, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : fallback;
    }

    /** {@code order_ID}, {@code orderId} and {@code cities} become [order, id], [order, id], [city]. */
    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String w : spaced.split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            out.add(singular(w));
        }
        return out;
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
