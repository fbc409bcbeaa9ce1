package io.mistral4j.tck.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAnArrayOfModelsWithDefaults() throws IOException {
        List<ModelCard> models = ModelCatalogFile.read(write("[{\"id\": \"mistral-next\","
                + " \"capabilities\": [\"completion_chat\", \"function_calling\"], \"aliases\": [\"next-latest\"]},"
                + " {\"id\": \"plain\"}]"));

        assertThat(models).extracting(ModelCard::id).containsExactly("mistral-next", "plain");
        assertThat(models.get(0).can("function_calling")).isTrue();
        assertThat(models.get(0).answersTo("next-latest")).isTrue();
        assertThat(models.get(1).can("completion_chat")).isTrue();
    }

    @Test
    void readsTheBodyOfTheModelsRoute() throws IOException {
        List<ModelCard> models = ModelCatalogFile.read(write("{\"object\": \"list\", \"data\": [{\"id\": \"m\","
                + " \"capabilities\": {\"completion_chat\": false, \"ocr\": true}, \"max_context_length\": 99}]}"));

        assertThat(models.get(0).capabilities()).containsExactly("ocr");
        assertThat(models.get(0).maxContextLength()).isEqualTo(99);
    }

    @Test
    void extraModelsJoinTheStandardCatalogAndReplaceSameIds() throws IOException {
        ModelCatalog catalog = ModelCatalog.standard().with(ModelCatalogFile.read(write(
                "[{\"id\": \"mistral-embed\", \"capabilities\": [\"completion_chat\"]}, {\"id\": \"new\"}]")));

        assertThat(catalog.find("new")).isPresent();
        assertThat(catalog.find("mistral-small-latest")).isPresent();
        assertThat(catalog.find("mistral-embed").orElseThrow().can("completion_chat")).isTrue();
        assertThat(catalog.all()).filteredOn(model -> model.id().equals("mistral-embed")).hasSize(1);
    }

    @Test
    void namesTheFileAndTheProblem() throws IOException {
        Path noId = write("[{\"description\": \"x\"}]");
        assertThatThrownBy(() -> ModelCatalogFile.read(noId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(noId.toString()).hasMessageContaining("entry 0 needs an \"id\"");
        assertThatThrownBy(() -> ModelCatalogFile.read(write("[{\"id\": \"m\", \"capabilities\": [\"telepathy\"]}]")))
                .hasMessageContaining("unknown capabilities [telepathy]");
        assertThatThrownBy(() -> ModelCatalogFile.read(write("not json"))).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "models", ".json"), json);
    }
}
