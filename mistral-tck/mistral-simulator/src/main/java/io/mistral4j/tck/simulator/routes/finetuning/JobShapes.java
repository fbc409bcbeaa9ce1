package io.mistral4j.tck.simulator.routes.finetuning;

import io.mistral4j.tck.simulator.wire.Shape;

import java.util.Map;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.literal;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.number;
import static io.mistral4j.tck.simulator.wire.Shape.str;
import static io.mistral4j.tck.simulator.wire.Shape.uuid;

/**
 * The request bodies of the fine-tuning and fine-tuned model routes ({@code JobIn},
 * {@code UpdateFTModelIn}), transcribed from the OpenAPI spec, field order as in the spec. The spec's two hyperparameter shapes differ only in {@code fim_ratio}, so
 * they are checked as one.
 */
public final class JobShapes {

    static final Shape TRAINING_FILE = model("TrainingFile")
            .req("file_id", uuid())
            .opt("weight", number(0.0, null)).build();

    static final Shape WANDB_INTEGRATION = model("WandbIntegration")
            .opt("type", literal("wandb"))
            .req("project", str())
            .opt("name", nullable(str()))
            .req("api_key", str(40, 40))
            .opt("run_name", nullable(str())).build();

    static final Shape TRAINING_PARAMETERS = model("CompletionTrainingParametersIn")
            .opt("training_steps", nullable(integer(1L)))
            .opt("learning_rate", number(1e-8, 1.0))
            .opt("weight_decay", nullable(number(0.0, 1.0)))
            .opt("warmup_fraction", nullable(number(0.0, 1.0)))
            .opt("epochs", nullable(number(0.0, null)))
            .opt("seq_len", nullable(integer(100L)))
            .opt("fim_ratio", nullable(number(0.0, 1.0))).build();

    static final Shape GITHUB_REPOSITORY = model("GithubRepositoryIn")
            .opt("type", literal("github"))
            .req("name", str())
            .req("owner", str())
            .opt("ref", nullable(str()))
            .opt("weight", number(0.0, null))
            .req("token", str()).build();

    static final Shape CLASSIFIER_TARGET = model("ClassifierTargetIn")
            .req("name", str())
            .req("labels", listOf(str()))
            .opt("weight", number(0.0, null))
            .opt("loss_function", nullable(enumOf("single_class", "multi_class"))).build();

    static final Shape JOB_IN = model("JobIn")
            .req("model", str())
            .opt("training_files", listOf(TRAINING_FILE))
            .opt("validation_files", nullable(listOf(uuid())))
            .opt("suffix", nullable(str(null, 18)))
            .opt("integrations", nullable(listOf(new Shape.Tagged("type", Map.of("wandb", WANDB_INTEGRATION)))))
            .opt("auto_start", bool())
            .opt("invalid_sample_skip_percentage", number(0.0, 0.5))
            .opt("job_type", nullable(enumOf("completion", "classifier")))
            .req("hyperparameters", TRAINING_PARAMETERS)
            .opt("repositories", nullable(listOf(new Shape.Tagged("type", Map.of("github", GITHUB_REPOSITORY)))))
            .opt("classifier_targets", nullable(listOf(CLASSIFIER_TARGET)))
            .build();

    public static final Shape UPDATE_FT_MODEL_IN = model("UpdateFTModelIn")
            .opt("name", nullable(str()))
            .opt("description", nullable(str())).build();

    private JobShapes() {
    }
}
