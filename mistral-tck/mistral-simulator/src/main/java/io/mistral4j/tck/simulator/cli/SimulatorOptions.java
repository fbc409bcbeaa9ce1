package io.mistral4j.tck.simulator.cli;

import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import io.mistral4j.tck.simulator.WorkspaceLimit;
import io.mistral4j.tck.simulator.EmbeddingNumbers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A parsed command line: a configured simulator builder, the faults to script, or a request for help. */
final class SimulatorOptions {

    private final MistralSimulator.Builder builder = MistralSimulator.builder().port(8080);
    private final List<FaultSpec> faults = new ArrayList<>();
    private boolean help;
    private long requestsPerSecond;
    private long requestsPerMinute;
    private long tokensPerMinute;

    private SimulatorOptions() {
    }

    static SimulatorOptions parse(String... args) throws UsageException {
        SimulatorOptions options = new SimulatorOptions();
        for (int i = 0; i < args.length; i++) {
            Option option = Option.of(args[i]);
            String value = null;
            if (option.argument != null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(option.flag + " needs a value: " + option.flag + " " + option.argument);
                }
                value = args[++i];
            }
            options.apply(option, value);
        }
        if (options.requestsPerSecond + options.requestsPerMinute + options.tokensPerMinute > 0) {
            options.builder.workspaceLimit(new WorkspaceLimit(options.requestsPerSecond, options.requestsPerMinute,
                    options.tokensPerMinute));
        }
        return options;
    }

    boolean help() {
        return help;
    }

    MistralSimulator.Builder builder() {
        return builder;
    }

    List<FaultSpec> faults() {
        return List.copyOf(faults);
    }

    private void apply(Option option, String value) throws UsageException {
        try {
            switch (option) {
                case PORT -> builder.port(integer(option, value));
                case HOST -> builder.host(value);
                case API_KEY -> {
                    if (value.isBlank()) {
                        throw new UsageException("--api-key must not be blank");
                    }
                    builder.apiKey(value);
                }
                case CLOCK_RATE -> builder.clock(SimulatedClock.accelerated(number(option, value)));
                case CHUNK_DELAY -> builder.chunkDelay(Duration.ofMillis(integer(option, value)));
                case ANSWER_CHARS -> builder.answerCharacters(integer(option, value));
                case STREAM_EVENTS -> builder.streamEvents(integer(option, value));
                case EVENTS_PER_FLUSH -> builder.eventsPerFlush(integer(option, value));
                case EMBEDDING_NUMBERS -> builder.embeddingNumbers(switch (value) {
                    case "shortest" -> EmbeddingNumbers.SHORTEST;
                    case "widened" -> EmbeddingNumbers.WIDENED;
                    default -> throw new UsageException("--embedding-numbers is shortest or widened, not \"" + value
                            + "\"");
                });
                case MODELS -> {
                    if (!Files.isRegularFile(Path.of(value))) {
                        throw new UsageException("--models " + value + ": no such file");
                    }
                    builder.extraModels(Path.of(value));
                }
                case FAULT -> faults.add(FaultSpec.parse(value));
                case LIMIT_RPS -> requestsPerSecond = limit(option, value);
                case LIMIT_RPM -> requestsPerMinute = limit(option, value);
                case LIMIT_TPM -> tokensPerMinute = limit(option, value);
                case FINE_TUNING_RETIRED -> builder.fineTuningRetired(true);
                case HELP -> help = true;
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(option.flag + " " + value + ": " + e.getMessage());
        }
    }

    private static int integer(Option option, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option.flag + " needs a whole number, not \"" + value + "\"");
        }
    }

    private static long limit(Option option, String value) throws UsageException {
        try {
            long limit = Long.parseLong(value);
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option.flag + " needs a whole number of at least 1, not \"" + value + "\"");
    }

    private static double number(Option option, String value) throws UsageException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option.flag + " needs a number, not \"" + value + "\"");
        }
    }
}
