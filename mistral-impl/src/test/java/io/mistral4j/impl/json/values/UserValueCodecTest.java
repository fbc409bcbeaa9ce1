package io.mistral4j.impl.json.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mistral4j.chat.ToolCall;
import io.mistral4j.errors.MistralDecodingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserValueCodecTest {

    enum Genre { NOVEL, POETRY }

    record Author(String name, int bornIn) {
    }

    record Book(String title, List<Author> authors, Genre genre, Set<String> tags, long[] editions,
            Map<String, Double> prices, Optional<String> subtitle, Optional<Integer> pages) {
    }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double radius) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    record Drawing(List<Shape> shapes) {
    }

    private final UserValueCodec codec = new UserValueCodec();

    @Test
    void readsRecordsWithEveryShape() {
        Book book = codec.read("""
                {"title":"Dune","authors":[{"name":"Frank Herbert","born_in":1920}],"genre":"NOVEL",
                 "tags":["sf","sf"],"editions":[1965,1984],"prices":{"eur":9.5},"subtitle":null,"pages":412}""",
                Book.class);

        assertThat(book.title()).isEqualTo("Dune");
        assertThat(book.authors()).containsExactly(new Author("Frank Herbert", 1920));
        assertThat(book.genre()).isEqualTo(Genre.NOVEL);
        assertThat(book.tags()).containsExactly("sf");
        assertThat(book.editions()).containsExactly(1965L, 1984L);
        assertThat(book.prices()).containsEntry("eur", 9.5);
        assertThat(book.subtitle()).isEmpty();
        assertThat(book.pages()).contains(412);
    }

    @Test
    void readsSealedInterfacesByTheirDiscriminator() {
        Drawing drawing = codec.read("{\"shapes\":[{\"type\":\"Circle\",\"radius\":1.5},{\"type\":\"Square\",\"side\":2}]}",
                Drawing.class);

        assertThat(drawing.shapes()).containsExactly(new Circle(1.5), new Square(2));
    }

    @Test
    void aMisfitNamesThePathTheExpectedTypeAndKeepsTheText() {
        String text = "{\"title\":\"Dune\",\"authors\":[{\"name\":\"F\",\"born_in\":\"nineteen\"}]}";
        MistralDecodingException e = catchThrowableOfType(() -> codec.read(text, Book.class), MistralDecodingException.class);

        assertThat(e.jsonPath()).contains("$.authors[0].born_in");
        assertThat(e.expectedType()).contains("int");
        assertThat(e.rawText()).contains(text);
        assertThat(e.getMessage()).contains("$.authors[0].born_in").contains("expected int").contains("\"nineteen\"");
    }

    @Test
    void otherMisfitsAreDecodingErrorsToo() {
        assertThatThrownBy(() -> codec.read("{\"genre\":\"ESSAY\"}", Book.class))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("$.genre");
        assertThatThrownBy(() -> codec.read("{\"name\":\"x\",\"born_in\":1.5}", Author.class))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> codec.read("{\"name\":\"x\"}", Author.class))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("$.born_in").hasMessageContaining("null");
        assertThatThrownBy(() -> codec.read("{\"shapes\":[{\"type\":\"Star\"}]}", Drawing.class))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("$.shapes[0].type");
        assertThatThrownBy(() -> codec.read("Sure! Here is the book", Book.class))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("not JSON");
    }

    @Test
    void toolCallArgumentsReadAsARecord() {
        ToolCall call = ToolCall.of("c1", "author", "{\"name\":\"Ursula\",\"born_in\":1929}");

        assertThat(call.function().arguments(Author.class)).isEqualTo(new Author("Ursula", 1929));
    }

    @Test
    void writesRecordsWithTheSamePropertyNames() {
        assertThat(codec.write(new Author("Ursula", 1929))).isEqualTo("{\"name\":\"Ursula\",\"born_in\":1929}");
    }
}
