package io.mistral4j.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the simulator's answers in a load run, chosen with {@code load.shapes}:
 * <ul>
 *   <li>{@code classic}: answers as the simulator composes them (a chat answer of a few words,
 *       26-event streams each event flushed alone, embeddings in their shortest form);</li>
 *   <li>{@code wire}: what a fast model behind a proxy that coalesces writes sends: chat answers
 *       of {@code load.wire.answerChars} (200) characters, streams of {@code load.wire.streamEvents}
 *       (1,000) content events, each its own HTTP/1.1 chunk, the socket flushed every
 *       {@code load.wire.eventsPerFlush} (10) events, and embeddings printed as float32 values
 *       widened to double (17 significant digits). Its figures are named {@code wire.*}. The
 *       simulator's answers are replayed by a {@link ReplayServer} (unless {@code load.wire.server}
 *       is {@code simulator}), which costs next to nothing per event, so that the client and not
 *       the server is what runs out of time, as it is against a fast model.</li>
 * </ul>
 *
 * @param eventsPerFlush events per socket write of the replay server, 0 when the simulator serves
 */
record WireShape(String name, List<String> simulatorArguments, int eventsPerFlush) {

    static final WireShape CLASSIC = new WireShape("classic", List.of(), 0);

    static WireShape wire() {
        int eventsPerFlush = Integer.getInteger("load.wire.eventsPerFlush", 10);
        String server = System.getProperty("load.wire.server", "replay");
        if (!server.equals("replay") && !server.equals("simulator")) {
            throw new IllegalArgumentException("load.wire.server is " + server + "; known: replay, simulator");
        }
        return new WireShape("wire", List.of(
                "--answer-chars", Integer.toString(Integer.getInteger("load.wire.answerChars", 200)),
                "--stream-events", Integer.toString(Integer.getInteger("load.wire.streamEvents", 1000)),
                "--events-per-flush", Integer.toString(eventsPerFlush),
                "--embedding-numbers", "widened"), server.equals("replay") ? eventsPerFlush : 0);
    }

    /** Whether a {@link ReplayServer} replays the simulator's answers to the workers. */
    boolean replayed() {
        return eventsPerFlush > 0;
    }

    /** The shapes {@code load.shapes} names (comma-separated; default both, classic first). */
    static List<WireShape> fromProperties() {
        List<WireShape> shapes = new ArrayList<>();
        for (String name : System.getProperty("load.shapes", "classic,wire").split(",")) {
            switch (name.trim()) {
                case "classic" -> shapes.add(CLASSIC);
                case "wire" -> shapes.add(wire());
                default -> throw new IllegalArgumentException("unknown shape " + name + "; known: classic, wire");
            }
        }
        return shapes;
    }

    /** How a worker in this shape names its figures: the classic ones as before, the others after their shape. */
    static String figurePrefix(String shape) {
        return shape.equals(CLASSIC.name()) ? "" : shape + ".";
    }

    @Override
    public String toString() {
        return name;
    }
}
