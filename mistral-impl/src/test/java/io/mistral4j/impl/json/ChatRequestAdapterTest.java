package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.TypeAdapter;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.FunctionToolChoice;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.PromptMode;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ServiceTier;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.chat.ToolMessage;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-written writer of chat requests writes what Gson's record adapter writes, field for
 * field: each of the record's components is given a value by its declared type, so a component
 * added to the record without a sample here (and a line in the writer) fails this test.
 */
class ChatRequestAdapterTest {

    private final JsonCodec codec = new JsonCodec();
    private final ChatRequestAdapter handWritten =
            (ChatRequestAdapter) codec.gson().getAdapter(ChatCompletionRequest.class);

    @Test
    void everyComponentSetWritesWhatTheRecordAdapterWrites() throws Exception {
        for (ToolChoice choice : List.of(ToolChoiceMode.ANY, new FunctionToolChoice(
                io.mistral4j.chat.ToolType.FUNCTION, "get_weather"))) {
            ChatCompletionRequest request = request(component -> sample(component, choice));

            String json = write(handWritten, request);

            assertThat(json).isEqualTo(write(handWritten.recordAdapter(), request));
            for (RecordComponent component : ChatCompletionRequest.class.getRecordComponents()) {
                assertThat(json).as("every component is written").contains("\"" + snakeCase(component.getName()) + "\":");
            }
            assertThat(codec.fromJson(json, ChatCompletionRequest.class)).isEqualTo(request);
        }
    }

    @Test
    void eachComponentAloneWritesWhatTheRecordAdapterWrites() throws Exception {
        for (RecordComponent only : ChatCompletionRequest.class.getRecordComponents()) {
            ChatCompletionRequest request = request(component -> component.getName().equals(only.getName())
                    ? sample(component, ToolChoiceMode.AUTO) : null);

            String json = write(handWritten, request);

            assertThat(json).as(only.getName()).isEqualTo(write(handWritten.recordAdapter(), request));
            assertThat(json).as(only.getName()).startsWith("{\"" + snakeCase(only.getName()) + "\":");
        }
        assertThat(write(handWritten, request(component -> null))).isEqualTo("{}");
    }

    @Test
    void aRequestFromTheBuilderIsTheSameTextAsBefore() throws Exception {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                .addSystemMessage("Be brief.").addUserMessage("Say \"hi\" in\nFrench: é ☃")
                .temperature(0.7).maxTokens(64).build();

        assertThat(codec.toJson(request)).isEqualTo("{\"model\":\"mistral-small-latest\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":\"Say \\\"hi\\\" in\\nFrench: é ☃\"}],"
                + "\"temperature\":0.7,\"max_tokens\":64}");
        assertThat(write(handWritten, null)).isEqualTo("null");
    }

    @Test
    void aNumberJsonCannotHoldFailsAsWithTheRecordAdapter() throws Exception {
        ChatCompletionRequest notANumber = request(component -> switch (component.getName()) {
            case "model" -> "m";
            case "temperature" -> Double.NaN;
            default -> null;
        });

        assertThatThrownBy(() -> write(handWritten, notANumber)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> write(handWritten.recordAdapter(), notANumber))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    /** As the client writes: with the client's Gson's writer settings (nulls left out). */
    private String write(TypeAdapter<ChatCompletionRequest> adapter, ChatCompletionRequest request) throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        adapter.write(codec.gson().newJsonWriter(text), request);
        return text.toString();
    }

    private interface Values {
        Object of(RecordComponent component) throws Exception;
    }

    private static ChatCompletionRequest request(Values values) throws Exception {
        RecordComponent[] components = ChatCompletionRequest.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = values.of(components[i]);
            types[i] = components[i].getType();
        }
        return ChatCompletionRequest.class.getDeclaredConstructor(types).newInstance(arguments);
    }

    /** A value for a component of this type, with every optional part of it set. */
    private static Object sample(RecordComponent component, ToolChoice toolChoice) {
        Type type = component.getGenericType();
        Class<?> raw = component.getType();
        if (raw == String.class) {
            return "text of " + component.getName();
        }
        if (raw == Double.class) {
            return 0.25 + component.getName().length();
        }
        if (raw == Integer.class) {
            return component.getName().length();
        }
        if (raw == Long.class) {
            return 1L << 40;
        }
        if (raw == Boolean.class) {
            return component.getName().length() % 2 == 0;
        }
        if (raw == Map.class) {
            return metadata();
        }
        if (raw == ResponseFormat.class) {
            return ResponseFormat.jsonSchema("answer", metadata());
        }
        if (raw == ToolChoice.class) {
            return toolChoice;
        }
        if (raw == Prediction.class) {
            return new Prediction("content", "predicted text");
        }
        if (raw == PromptMode.class) {
            return PromptMode.REASONING;
        }
        if (raw == ReasoningEffort.class) {
            return ReasoningEffort.of("a-new-effort");
        }
        if (raw == ServiceTier.class) {
            return ServiceTier.AUTO;
        }
        if (raw == List.class && type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of("END", "\n\n");
            }
            if (element == Message.class) {
                return messages();
            }
            if (element == Tool.class) {
                return List.of(Tool.function("get_weather", "The weather of a city", metadata()));
            }
            if (element == GuardrailConfig.class) {
                return List.of(new GuardrailConfig(true, metadata(), Map.of("v", 2L)));
            }
        }
        return fail("no sample value for ChatCompletionRequest." + component.getName() + " (" + type
                + "): add one here, and write the component in ChatRequestAdapter");
    }

    private static List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.system("Be brief."));
        messages.add(new io.mistral4j.chat.UserMessage(Content.of(new TextChunk("What is this?"),
                new ImageUrlChunk(new io.mistral4j.chat.ImageUrl("https://example.com/a.png", null)))));
        messages.add(new AssistantMessage(null, List.of(ToolCall.of("call-1", "look", "{\"at\":\"a.png\"}")), null));
        messages.add(new ToolMessage(Content.of("a cat"), "call-1", "look"));
        messages.add(AssistantMessage.prefix("It is"));
        return messages;
    }

    private static Map<String, Object> metadata() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", "object");
        map.put("count", 3L);
        map.put("ratio", 0.5);
        map.put("list", List.of("a", 1L, true));
        map.put("nested", Map.of("k", "v"));
        return map;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
