package io.mistral4j.models;

import java.util.List;
import java.util.Optional;

/**
 * The models available to you ({@code GET /v1/models}), base and fine-tuned together.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param object always {@code list}
 * @param data   the models
 */
public record ModelList(String object, List<ModelCard> data) {

    /** Copies the models unmodifiably; null becomes an empty list. */
    public ModelList {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The model with this id or alias. */
    public Optional<ModelCard> find(String idOrAlias) {
        return data.stream().filter(m -> m.id().equals(idOrAlias) || m.aliases().contains(idOrAlias)).findFirst();
    }

    /** Your fine-tuned models only. */
    public List<FineTunedModelCard> fineTuned() {
        return data.stream().filter(FineTunedModelCard.class::isInstance).map(FineTunedModelCard.class::cast)
                .toList();
    }
}
