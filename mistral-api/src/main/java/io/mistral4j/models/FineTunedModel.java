package io.mistral4j.models;

import io.mistral4j.finetuning.ClassifierTarget;
import io.mistral4j.finetuning.FineTuneableModelType;
import java.util.List;

/**
 * A fine-tuned model as {@code PATCH /v1/fine_tuning/models/{model_id}} returns it: a
 * completion model or a classifier, told apart by {@link #modelType()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                the model id, e.g. {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}
 * @param object            {@code model}
 * @param created           creation time, seconds since the epoch
 * @param ownedBy           the owner
 * @param workspaceId       the workspace
 * @param root              the model it was fine-tuned from
 * @param rootVersion       the version of the root model
 * @param archived          whether it is archived
 * @param name              display name, or null
 * @param description       description, or null
 * @param capabilities      what it can do
 * @param maxContextLength  context length in tokens
 * @param aliases           other names
 * @param job               the job that produced it
 * @param classifierTargets the targets of a classifier; empty for completion models
 * @param modelType         {@code completion} or {@code classifier}
 */
public record FineTunedModel(String id, String object, long created, String ownedBy, String workspaceId, String root,
                             String rootVersion, boolean archived, String name, String description,
                             FineTunedModelCapabilities capabilities, int maxContextLength, List<String> aliases,
                             String job, List<ClassifierTarget> classifierTargets,
                             FineTuneableModelType modelType) {

    /**
     * Copies the lists unmodifiably (null becomes empty); a missing model type means {@code completion} and
     * a missing context length 32,768 tokens.
     */
    public FineTunedModel {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        classifierTargets = classifierTargets == null ? List.of() : List.copyOf(classifierTargets);
        modelType = modelType == null ? FineTuneableModelType.COMPLETION : modelType;
        maxContextLength = maxContextLength == 0 ? FineTunedModelCard.DEFAULT_CONTEXT_LENGTH : maxContextLength;
    }
}
