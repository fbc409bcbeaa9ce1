package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.ocr.OcrDocument;
import io.mistral4j.ocr.OcrPage;
import io.mistral4j.ocr.OcrRequest;
import io.mistral4j.ocr.OcrResponse;
import java.io.PrintStream;

/** Reads the first pages of a PDF given by URL as markdown. */
public final class OcrExample {

    static final String MODEL = "mistral-ocr-latest";

    private OcrExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        OcrResponse read = client.ocr().process(OcrRequest.builder()
                .model(MODEL)
                .document(OcrDocument.url("https://arxiv.org/pdf/2201.04234"))
                .pages("0-1")
                .build());

        for (OcrPage page : read.pages()) {
            String firstLine = page.markdown().strip().lines().findFirst().orElse("");
            out.printf("page %d (%d images, %d dpi): %s%n", page.index(), page.images().size(),
                    page.dimensions() == null ? 0 : page.dimensions().dpi(), firstLine);
        }
        out.printf("(%d pages processed)%n", read.usageInfo().pagesProcessed());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, System.out);
        }
    }
}
