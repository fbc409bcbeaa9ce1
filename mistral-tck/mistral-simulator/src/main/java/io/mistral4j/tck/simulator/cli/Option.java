package io.mistral4j.tck.simulator.cli;

/** The simulator's command-line options; {@code --help} lists them all, in this order. */
enum Option {
    PORT("--port", "N", "port to listen on; 0 picks a free one (default 8080)"),
    HOST("--host", "ADDRESS", "IP address to listen on; 0.0.0.0 for every interface (default 127.0.0.1)"),
    API_KEY("--api-key", "KEY", "accept only this bearer key, answering 401 otherwise"
            + " (default: any non-blank key)"),
    CLOCK_RATE("--clock-rate", "R", "simulated seconds per real second, which fine-tuning and batch jobs"
            + " move by (default 1)"),
    CHUNK_DELAY("--chunk-delay-ms", "MS", "pause after each streamed event, or after each flush with"
            + " --events-per-flush (default 0)"),
    ANSWER_CHARS("--answer-chars", "N", "plain text chat answers of exactly N characters, for load tests"
            + " (default: as composed)"),
    STREAM_EVENTS("--stream-events", "N", "streamed text chat answers of exactly N content events, a word"
            + " each, for load tests (default: as composed)"),
    EVENTS_PER_FLUSH("--events-per-flush", "N", "streamed events per socket flush (default 1); each event"
            + " stays a chunk of its own when the JVM runs with"
            + " --add-opens jdk.httpserver/sun.net.httpserver=ALL-UNNAMED, else the events of a flush share one"),
    EMBEDDING_NUMBERS("--embedding-numbers", "FORMAT", "how embeddings print float32 values: shortest"
            + " (Float.toString, default) or widened (the float widened to double, 17 digits)"),
    MODELS("--models", "FILE", "JSON file of models to serve besides the built-in ones: an array of"
            + " {\"id\", \"capabilities\": [\"completion_chat\", ...], \"aliases\", \"description\","
            + " \"max_context_length\"} or a GET /v1/models body"),
    FAULT("--fault", "ROUTE#CALLS=FAULT", "script a fault, repeatable; CALLS is N, N-M or *, FAULT one of "
            + FaultSpec.FAULTS + "; e.g. \"POST /v1/chat/completions#1=status:503\""),
    LIMIT_RPS("--limit-requests-per-second", "N", "enforce a workspace limit of N requests per second"
            + " across all callers: 429 with Retry-After once spent (default: none)"),
    LIMIT_RPM("--limit-requests-per-minute", "N", "enforce a workspace limit of N requests per minute"
            + " (default: none)"),
    LIMIT_TPM("--limit-tokens-per-minute", "N", "enforce a workspace limit of N tokens per minute, each call's"
            + " cost charged when it is answered (default: none)"),
    FINE_TUNING_RETIRED("--fine-tuning-retired", null, "answer 410 Gone on /v1/fine_tuning/jobs, as the API does"
            + " since fine-tuning was retired (default: jobs are served)"),
    HELP("--help", null, "print this help and exit");

    final String flag;
    final String argument;
    final String description;

    Option(String flag, String argument, String description) {
        this.flag = flag;
        this.argument = argument;
        this.description = description;
    }

    static Option of(String flag) throws UsageException {
        for (Option option : values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        throw new UsageException("unknown option " + flag);
    }

    /** The usage text: one paragraph per option. */
    static String usage() {
        StringBuilder text = new StringBuilder("Usage: java -jar mistral-simulator.jar [OPTION]...\n"
                + "Runs a fake Mistral API server and prints its base URL once it listens.\n\nOptions:\n");
        for (Option option : values()) {
            text.append("  ").append(option.flag);
            if (option.argument != null) {
                text.append(' ').append(option.argument);
            }
            text.append("\n      ").append(option.description).append('\n');
        }
        return text.toString();
    }
}
