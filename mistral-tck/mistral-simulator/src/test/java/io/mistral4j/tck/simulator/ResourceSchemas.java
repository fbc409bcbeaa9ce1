package io.mistral4j.tck.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response schemas of the files, fine-tuning, batch and model routes as the OpenAPI spec
 * states them (required fields, types, enums), written out for the tests, so that simulator
 * answers can be checked the way a client's own schema validation would check them.
 */
final class ResourceSchemas {

    private static final String UUID = "{\"type\":\"string\",\"pattern\":\"^[0-9a-f-]{36}$\"}";
    private static final String INT_OR_NULL = "{\"type\":[\"integer\",\"null\"]}";
    private static final String STR_OR_NULL = "{\"type\":[\"string\",\"null\"]}";
    private static final String NUM_OR_NULL = "{\"type\":[\"number\",\"null\"]}";
    private static final String FT_STATUS = "{\"enum\":[\"QUEUED\",\"STARTED\",\"VALIDATING\",\"VALIDATED\",\"RUNNING\","
            + "\"FAILED_VALIDATION\",\"FAILED\",\"SUCCESS\",\"CANCELLED\",\"CANCELLATION_REQUESTED\"]}";

    static final String FILE = "{\"type\":\"object\",\"required\":[\"id\",\"object\",\"bytes\",\"created_at\","
            + "\"filename\",\"purpose\",\"sample_type\",\"source\"],\"properties\":{"
            + "\"id\":" + UUID + ",\"object\":{\"type\":\"string\"},\"bytes\":{\"type\":\"integer\"},"
            + "\"created_at\":{\"type\":\"integer\"},\"filename\":{\"type\":\"string\"},"
            + "\"purpose\":{\"enum\":[\"fine-tune\",\"batch\",\"ocr\"]},"
            + "\"sample_type\":{\"enum\":[\"pretrain\",\"instruct\",\"batch_request\",\"batch_result\",\"batch_error\"]},"
            + "\"num_lines\":" + INT_OR_NULL + ",\"mimetype\":" + STR_OR_NULL + ","
            + "\"source\":{\"enum\":[\"upload\",\"repository\",\"mistral\"]},\"signature\":" + STR_OR_NULL + ","
            + "\"expires_at\":" + INT_OR_NULL + ",\"visibility\":{\"enum\":[\"workspace\",\"user\",null]},"
            + "\"deleted\":{\"type\":\"boolean\"}}}";

    static final String RETRIEVED_FILE = "{\"allOf\":[" + FILE + ",{\"required\":[\"deleted\"]}]}";

    static final String FILE_LIST = "{\"type\":\"object\",\"required\":[\"data\",\"object\"],\"properties\":{"
            + "\"data\":{\"type\":\"array\",\"items\":" + FILE + "},\"object\":{\"type\":\"string\"},"
            + "\"total\":" + INT_OR_NULL + "}}";

    static final String DELETED = "{\"type\":\"object\",\"required\":[\"id\",\"object\",\"deleted\"],\"properties\":{"
            + "\"id\":{\"type\":\"string\"},\"object\":{\"type\":\"string\"},\"deleted\":{\"type\":\"boolean\"}}}";

    static final String SIGNED_URL = "{\"type\":\"object\",\"required\":[\"url\"],\"properties\":{"
            + "\"url\":{\"type\":\"string\"}}}";

    private static final String TRAINING_PARAMETERS = "{\"type\":\"object\",\"properties\":{"
            + "\"training_steps\":{\"type\":[\"integer\",\"null\"],\"minimum\":1},"
            + "\"learning_rate\":{\"type\":\"number\",\"minimum\":1e-8,\"maximum\":1},"
            + "\"weight_decay\":" + NUM_OR_NULL + ",\"warmup_fraction\":" + NUM_OR_NULL + ",\"epochs\":" + NUM_OR_NULL
            + ",\"seq_len\":" + INT_OR_NULL + ",\"fim_ratio\":" + NUM_OR_NULL + "}}";

    private static final String JOB_COMMON = "\"id\":" + UUID + ",\"auto_start\":{\"type\":\"boolean\"},"
            + "\"model\":{\"type\":\"string\"},\"status\":" + FT_STATUS + ",\"created_at\":{\"type\":\"integer\"},"
            + "\"modified_at\":{\"type\":\"integer\"},\"training_files\":{\"type\":\"array\",\"items\":" + UUID + "},"
            + "\"validation_files\":{\"type\":[\"array\",\"null\"]},\"object\":{\"const\":\"job\"},"
            + "\"fine_tuned_model\":" + STR_OR_NULL + ",\"suffix\":" + STR_OR_NULL + ","
            + "\"integrations\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"object\",\"required\":[\"project\"],"
            + "\"properties\":{\"type\":{\"const\":\"wandb\"},\"project\":{\"type\":\"string\"},\"name\":" + STR_OR_NULL
            + ",\"run_name\":" + STR_OR_NULL + ",\"url\":" + STR_OR_NULL + "}}},"
            + "\"trained_tokens\":" + INT_OR_NULL + ",\"metadata\":{\"type\":[\"object\",\"null\"]},"
            + "\"hyperparameters\":" + TRAINING_PARAMETERS;

    private static final String DETAIL = ",\"events\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"required\":[\"name\",\"created_at\"],\"properties\":{\"name\":{\"type\":\"string\"},"
            + "\"data\":{\"type\":[\"object\",\"null\"]},\"created_at\":{\"type\":\"integer\"}}}},"
            + "\"checkpoints\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"metrics\","
            + "\"step_number\",\"created_at\"],\"properties\":{\"metrics\":{\"type\":\"object\"},"
            + "\"step_number\":{\"type\":\"integer\"},\"created_at\":{\"type\":\"integer\"}}}}";

    private static final String JOB_REQUIRED = "\"id\",\"auto_start\",\"model\",\"status\",\"created_at\","
            + "\"modified_at\",\"training_files\",\"hyperparameters\"";

    static final String COMPLETION_JOB = "{\"type\":\"object\",\"required\":[" + JOB_REQUIRED + "],\"properties\":{"
            + JOB_COMMON + ",\"job_type\":{\"const\":\"completion\"},\"repositories\":{\"type\":\"array\"}}}";

    static final String COMPLETION_DETAILED_JOB = "{\"type\":\"object\",\"required\":[" + JOB_REQUIRED
            + "],\"properties\":{" + JOB_COMMON + ",\"job_type\":{\"const\":\"completion\"},"
            + "\"repositories\":{\"type\":\"array\"}" + DETAIL + "}}";

    static final String CLASSIFIER_DETAILED_JOB = "{\"type\":\"object\",\"required\":[" + JOB_REQUIRED
            + ",\"classifier_targets\"],\"properties\":{" + JOB_COMMON + ",\"job_type\":{\"const\":\"classifier\"}"
            + DETAIL + ",\"classifier_targets\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
            + "\"required\":[\"name\",\"labels\",\"weight\",\"loss_function\"],\"properties\":{"
            + "\"loss_function\":{\"enum\":[\"single_class\",\"multi_class\"]}}}}}}";

    static final String JOB_LIST = "{\"type\":\"object\",\"required\":[\"total\"],\"properties\":{"
            + "\"data\":{\"type\":\"array\"},\"object\":{\"const\":\"list\"},\"total\":{\"type\":\"integer\"}}}";

    static final String DRY_RUN = "{\"type\":\"object\",\"required\":[\"details\"],\"properties\":{"
            + "\"expected_duration_seconds\":" + INT_OR_NULL + ",\"cost\":" + NUM_OR_NULL + ",\"cost_currency\":"
            + STR_OR_NULL + ",\"train_tokens_per_step\":" + INT_OR_NULL + ",\"train_tokens\":" + INT_OR_NULL
            + ",\"data_tokens\":" + INT_OR_NULL + ",\"estimated_start_time\":" + INT_OR_NULL
            + ",\"deprecated\":{\"type\":\"boolean\"},\"details\":{\"type\":\"string\"},\"epochs\":" + NUM_OR_NULL
            + ",\"training_steps\":" + INT_OR_NULL + ",\"object\":{\"const\":\"job.metadata\"}}}";

    static final String BATCH_JOB = "{\"type\":\"object\",\"required\":[\"id\",\"input_files\",\"endpoint\",\"errors\","
            + "\"status\",\"created_at\",\"total_requests\",\"completed_requests\",\"succeeded_requests\","
            + "\"failed_requests\"],\"properties\":{\"id\":{\"type\":\"string\"},\"object\":{\"const\":\"batch\"},"
            + "\"input_files\":{\"type\":\"array\",\"items\":" + UUID + "},\"metadata\":{\"type\":[\"object\",\"null\"]},"
            + "\"endpoint\":{\"type\":\"string\"},\"model\":" + STR_OR_NULL + ",\"agent_id\":" + STR_OR_NULL + ","
            + "\"output_file\":" + STR_OR_NULL + ",\"error_file\":" + STR_OR_NULL + ","
            + "\"errors\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"message\"],\"properties\":{"
            + "\"message\":{\"type\":\"string\"},\"count\":{\"type\":\"integer\"}}}},"
            + "\"outputs\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"object\"}},"
            + "\"status\":{\"enum\":[\"QUEUED\",\"RUNNING\",\"SUCCESS\",\"FAILED\",\"TIMEOUT_EXCEEDED\","
            + "\"CANCELLATION_REQUESTED\",\"CANCELLED\"]},\"created_at\":{\"type\":\"integer\"},"
            + "\"total_requests\":{\"type\":\"integer\"},\"completed_requests\":{\"type\":\"integer\"},"
            + "\"succeeded_requests\":{\"type\":\"integer\"},\"failed_requests\":{\"type\":\"integer\"},"
            + "\"started_at\":" + INT_OR_NULL + ",\"completed_at\":" + INT_OR_NULL + "}}";

    static final String BATCH_LIST = "{\"type\":\"object\",\"required\":[\"total\"],\"properties\":{"
            + "\"data\":{\"type\":\"array\",\"items\":" + BATCH_JOB + "},\"object\":{\"const\":\"list\"},"
            + "\"total\":{\"type\":\"integer\"}}}";

    private static final String CAPABILITIES = "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"boolean\"}}";

    static final String FT_MODEL_CARD = "{\"type\":\"object\",\"required\":[\"id\",\"capabilities\",\"job\",\"root\"],"
            + "\"properties\":{\"id\":{\"type\":\"string\"},\"object\":{\"type\":\"string\"},\"created\":{\"type\":\"integer\"},"
            + "\"owned_by\":{\"type\":\"string\"},\"capabilities\":" + CAPABILITIES + ",\"name\":" + STR_OR_NULL
            + ",\"description\":" + STR_OR_NULL + ",\"max_context_length\":{\"type\":\"integer\"},"
            + "\"aliases\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"deprecation\":" + STR_OR_NULL
            + ",\"deprecation_replacement_model\":" + STR_OR_NULL + ",\"default_model_temperature\":" + NUM_OR_NULL
            + ",\"type\":{\"const\":\"fine-tuned\"},\"job\":{\"type\":\"string\"},\"root\":{\"type\":\"string\"},"
            + "\"archived\":{\"type\":\"boolean\"}}}";

    static final String FT_MODEL_OUT = "{\"type\":\"object\",\"required\":[\"id\",\"created\",\"owned_by\","
            + "\"workspace_id\",\"root\",\"root_version\",\"archived\",\"capabilities\",\"job\"],\"properties\":{"
            + "\"object\":{\"const\":\"model\"},\"created\":{\"type\":\"integer\"},\"archived\":{\"type\":\"boolean\"},"
            + "\"capabilities\":" + CAPABILITIES + ",\"max_context_length\":{\"type\":\"integer\"},"
            + "\"model_type\":{\"enum\":[\"completion\",\"classifier\"]}}}";

    static final String ARCHIVED = "{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{"
            + "\"id\":{\"type\":\"string\"},\"object\":{\"const\":\"model\"},\"archived\":{\"type\":\"boolean\"}}}";

    private ResourceSchemas() {
    }

    /** Asserts that {@code value} passes {@code schema}. */
    static void assertConforms(String schema, JsonElement value) {
        List<String> problems = JsonSchemaCheck.problems(JsonParser.parseString(schema), value);
        assertThat(problems).as("schema problems of %s", value).isEmpty();
    }

    static void assertConforms(String schema, JsonObject value) {
        assertConforms(schema, (JsonElement) value);
    }
}
