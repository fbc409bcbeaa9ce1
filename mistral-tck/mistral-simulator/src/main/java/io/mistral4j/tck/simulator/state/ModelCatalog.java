package io.mistral4j.tck.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed set of base models the simulator serves and accepts, plus the fine-tuned models
 * its fine-tuning jobs produce (which answer like their root model).
 */
public final class ModelCatalog {

    private static final String CHAT = "completion_chat";
    private static final String TOOLS = "function_calling";
    private static final String FIM = "completion_fim";
    private static final String FINE_TUNING = "fine_tuning";
    private static final String VISION = "vision";

    private final List<ModelCard> models;
    private final Map<String, FineTunedModelEntry> fineTuned = new LinkedHashMap<>();

    ModelCatalog(List<ModelCard> models) {
        this.models = List.copyOf(models);
    }

    public static ModelCatalog standard() {
        return new ModelCatalog(List.of(
                new ModelCard("mistral-small-latest", "Efficient general-purpose model",
                        131_072, List.of("mistral-small-2506"), 0.3, Set.of(CHAT, TOOLS, FINE_TUNING, VISION), false),
                new ModelCard("mistral-medium-latest", "Frontier-class multimodal model",
                        131_072, List.of("mistral-medium-2508"), 0.3, Set.of(CHAT, TOOLS, VISION), false),
                new ModelCard("mistral-large-latest", "Top-tier model for complex tasks",
                        131_072, List.of("mistral-large-2411"), 0.7, Set.of(CHAT, TOOLS, FINE_TUNING), false),
                new ModelCard("magistral-medium-latest", "Reasoning model with thinking traces",
                        40_960, List.of("magistral-medium-2509"), 0.7, Set.of(CHAT, TOOLS, VISION), true),
                new ModelCard("ministral-8b-latest", "Small edge model",
                        131_072, List.of("ministral-8b-2410"), 0.3, Set.of(CHAT, TOOLS, FINE_TUNING), false),
                new ModelCard("codestral-latest", "Code model with fill-in-the-middle",
                        256_000, List.of("codestral-2508"), 0.3, Set.of(CHAT, TOOLS, FIM, FINE_TUNING), false),
                new ModelCard("mistral-embed", "Text embedding model",
                        8_192, List.of("mistral-embed-2312"), null, Set.of(), false),
                new ModelCard("mistral-moderation-latest", "Content moderation model",
                        8_192, List.of("mistral-moderation-2411"), null, Set.of("moderation", "classification"), false),
                new ModelCard("mistral-ocr-latest", "Document OCR model",
                        16_384, List.of("mistral-ocr-2505"), null, Set.of("ocr"), false),
                new ModelCard("pixtral-large-latest", "Multimodal model with image understanding",
                        131_072, List.of("pixtral-large-2411"), 0.7, Set.of(CHAT, TOOLS, VISION), false),
                new ModelCard("voxtral-mini-latest", "Speech transcription and audio understanding model",
                        32_768, List.of("voxtral-mini-2507"), 0.2, Set.of(CHAT, "audio", "audio_transcription"),
                        false),
                new ModelCard("voxtral-small-latest", "Audio understanding chat model",
                        32_768, List.of("voxtral-small-2507"), 0.2, Set.of(CHAT, TOOLS, "audio"), false)));
    }

    /**
     * This catalog with {@code extra} models added; an extra model whose id is already in the
     * catalog replaces that model.
     */
    public ModelCatalog with(List<ModelCard> extra) {
        List<ModelCard> combined = new ArrayList<>();
        models.stream()
                .filter(model -> extra.stream().noneMatch(added -> added.id().equals(model.id())))
                .forEach(combined::add);
        combined.addAll(extra);
        return new ModelCatalog(combined);
    }

    public List<ModelCard> all() {
        return models;
    }

    /** Finds a base model by id or alias, or a fine-tuned model as the card of its root. */
    public Optional<ModelCard> find(String name) {
        Optional<ModelCard> base = models.stream().filter(m -> m.answersTo(name)).findFirst();
        return base.isPresent() ? base : findFineTuned(name).map(FineTunedModelEntry::root);
    }

    public synchronized void addFineTuned(FineTunedModelEntry model) {
        fineTuned.put(model.id(), model);
    }

    public synchronized Optional<FineTunedModelEntry> findFineTuned(String id) {
        return Optional.ofNullable(fineTuned.get(id));
    }

    public synchronized List<FineTunedModelEntry> allFineTuned() {
        return new ArrayList<>(fineTuned.values());
    }

    public synchronized boolean removeFineTuned(String id) {
        return fineTuned.remove(id) != null;
    }
}
