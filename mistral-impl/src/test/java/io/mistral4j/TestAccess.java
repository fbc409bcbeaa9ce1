package io.mistral4j;

/** Test access to the builder's package-private validated options. */
public final class TestAccess {

    private TestAccess() {
    }

    public static ClientOptions options(MistralClient.Builder builder) {
        return builder.options();
    }
}
