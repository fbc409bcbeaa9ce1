package io.mistral4j.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a server sends before the protocol's handlers are in place reaches them; nothing is dropped. */
class ProtocolNegotiationTest {

    @Test
    void whatTheServerSentEarlyGoesToTheHandlersAddedAfterTheNegotiation() {
        EmbeddedChannel channel = new EmbeddedChannel(new ProtocolNegotiation(false));
        ByteBuf settings = Unpooled.copiedBuffer("the server's SETTINGS", StandardCharsets.US_ASCII);
        channel.writeInbound(settings);
        assertThat((Object) channel.readInbound()).as("held while the protocol is being set up").isNull();

        channel.pipeline().remove(ProtocolNegotiation.class);   // as OriginPool does once the handlers are added

        ByteBuf delivered = channel.readInbound();
        assertThat(delivered).isSameAs(settings);
        assertThat(delivered.toString(StandardCharsets.US_ASCII)).isEqualTo("the server's SETTINGS");
        delivered.release();
        channel.finishAndReleaseAll();
    }

    @Test
    void whatCameEarlyIsReleasedWhenTheConnectionClosesFirst() {
        EmbeddedChannel channel = new EmbeddedChannel(new ProtocolNegotiation(false));
        ByteBuf early = Unpooled.copiedBuffer("too early", StandardCharsets.US_ASCII);
        channel.writeInbound(early);

        channel.close();

        assertThat(early.refCnt()).isZero();
    }
}
