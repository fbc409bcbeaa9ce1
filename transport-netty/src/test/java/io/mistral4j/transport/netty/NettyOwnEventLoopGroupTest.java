package io.mistral4j.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A user's own event loop group: the transport runs on it and leaves it running when closed. */
class NettyOwnEventLoopGroupTest {

    @Test
    void theTransportRunsOnTheUsersGroupAndNeverShutsItDown() {
        EventLoopGroup mine = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (MistralSimulator simulator = MistralSimulator.start()) {
            try (MistralClient client = MistralClient.builder().apiKey("sk-test").baseUrl(simulator.baseUrl())
                    .transport(NettyTransport.builder().eventLoopGroup(mine).config(TransportConfig.defaults()).build())
                    .build()) {
                String answer = client.chat().complete(ChatCompletionRequest.builder().model("mistral-small-latest")
                        .addUserMessage("Hello").build()).text();
                assertThat(answer).isNotBlank();
            }
            assertThat(mine.isShuttingDown()).as("closing the transport must leave the user's group running")
                    .isFalse();
            assertThat(mine.submit(() -> "still running").awaitUninterruptibly(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            mine.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
