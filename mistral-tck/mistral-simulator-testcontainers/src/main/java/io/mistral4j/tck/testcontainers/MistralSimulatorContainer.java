package io.mistral4j.tck.testcontainers;

import io.mistral4j.MistralClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The Mistral API simulator in a container, with the options of its standalone jar:
 * <pre>{@code
 * @Container
 * static final MistralSimulatorContainer simulator = new MistralSimulatorContainer().withApiKey("test-key");
 *
 * try (MistralClient client = simulator.newClient()) { ... }   // or simulator.baseUrl()
 * }</pre>
 *
 * <p>The image, {@code mistral4j/simulator:<version>}, is built by Mistral4J's build and is
 * never pulled: {@link LocalImagePolicy} refuses, naming the image, when it is not there.
 */
public class MistralSimulatorContainer extends GenericContainer<MistralSimulatorContainer> {

    /** The port the simulator listens on inside the container. */
    public static final int PORT = 8080;

    private static final String MODELS_PATH = "/etc/mistral-simulator/models.json";

    private final List<String> options = new ArrayList<>();
    private String apiKey;

    /** The image of this Mistral4J version, {@code mistral4j/simulator:<version>}. */
    public MistralSimulatorContainer() {
        this(defaultImage());
    }

    public MistralSimulatorContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        withImagePullPolicy(new LocalImagePolicy());
        // the jar prints its base URL once it listens
        waitingFor(Wait.forLogMessage("http://.*\\n", 1).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** The image this version of Mistral4J builds. */
    public static DockerImageName defaultImage() {
        Properties properties = new Properties();
        try (InputStream in = MistralSimulatorContainer.class.getResourceAsStream("image.properties")) {
            properties.load(Objects.requireNonNull(in, "image.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DockerImageName.parse(properties.getProperty("image"));
    }

    /**
     * Why this machine cannot run the default image (no Docker daemon answers, or the image was
     * not built), or empty when it can: tests skip with this reason, or fail with it where
     * containers are required.
     */
    public static Optional<String> unavailableReason() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.of("no Docker daemon answers");
        }
        DockerImageName image = defaultImage();
        return LocalImagePolicy.isPresent(image) ? Optional.empty()
                : Optional.of("the image " + image.asCanonicalNameString() + " was not built (mvn package builds it)");
    }

    /** Accept only this bearer key, answering 401 to any other (default: any non-blank key). */
    public MistralSimulatorContainer withApiKey(String key) {
        this.apiKey = Objects.requireNonNull(key, "key");
        return withOption("--api-key", key);
    }

    /** Simulated seconds per real second, which fine-tuning and batch jobs move by. */
    public MistralSimulatorContainer withClockRate(double rate) {
        return withOption("--clock-rate", String.valueOf(rate));
    }

    /** A pause after each streamed event. */
    public MistralSimulatorContainer withChunkDelay(Duration delay) {
        return withOption("--chunk-delay-ms", String.valueOf(delay.toMillis()));
    }

    /** Extra models, from a JSON file on this machine (the format of the jar's {@code --models}). */
    public MistralSimulatorContainer withModels(Path catalogFile) {
        withCopyFileToContainer(MountableFile.forHostPath(catalogFile), MODELS_PATH);
        return withOption("--models", MODELS_PATH);
    }

    /** A scripted fault, {@code ROUTE#CALLS=FAULT}, e.g. {@code "POST /v1/chat/completions#1=status:503"}. */
    public MistralSimulatorContainer withFault(String spec) {
        return withOption("--fault", spec);
    }

    /** The simulator's base URL as seen from this machine, e.g. {@code http://localhost:32768}. */
    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** A client of this simulator, with its API key (or {@code "test"} when any key is accepted). */
    public MistralClient newClient() {
        return MistralClient.builder().apiKey(apiKey != null ? apiKey : "test").baseUrl(baseUrl()).build();
    }

    @Override
    protected void configure() {
        setCommand(options.toArray(String[]::new));
    }

    private MistralSimulatorContainer withOption(String option, String value) {
        options.add(option);
        options.add(value);
        return self();
    }
}
