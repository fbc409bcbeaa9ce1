package app;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestHeaderPropagator;
import java.util.ServiceLoader;

/** Chats plainly and streamed through the transport named by the second argument. */
public final class Main {

    public static void main(String[] args) {
        ServiceLoader.load(CallObserver.class).stream()
                .forEach(observer -> System.out.println("observer: " + observer.type().getName()));
        ServiceLoader.load(RequestHeaderPropagator.class).stream()
                .forEach(propagator -> System.out.println("propagator: " + propagator.type().getName()));
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model("mistral-small-latest")
                .addUserMessage("Say hello")
                .build();
        try (MistralClient client = MistralClient.builder()
                .apiKey("modular-key").baseUrl(args[0]).transport(args[1]).build()) {
            System.out.println("answer: " + client.chat().complete(request).text());
            StringBuilder streamed = new StringBuilder();
            try (ChatCompletionStream stream = client.chat().stream(request)) {
                stream.forEachRemaining(chunk -> streamed.append(chunk.text()));
            }
            System.out.println("streamed: " + streamed);
        }
    }
}
