package io.mistral4j.tck.testcontainers;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * Never pulls: the simulator's image is built locally by Mistral4J's build. When the image is
 * missing, says so and how to build it, instead of letting Docker try a registry.
 */
public final class LocalImagePolicy implements ImagePullPolicy {

    @Override
    public boolean shouldPull(DockerImageName image) {
        if (!isPresent(image)) {
            throw new IllegalStateException("Image " + image.asCanonicalNameString() + " is not on this Docker"
                    + " host and is never pulled; build it with mvn -pl mistral-tck/mistral-simulator-testcontainers"
                    + " -am package");
        }
        return false;
    }

    /** Whether the local Docker host has the image. */
    public static boolean isPresent(DockerImageName image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image.asCanonicalNameString()).exec();
            return true;
        } catch (RuntimeException notFound) {
            return false;
        }
    }
}
