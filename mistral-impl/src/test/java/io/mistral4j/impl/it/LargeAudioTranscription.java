package io.mistral4j.impl.it;

import io.mistral4j.MistralClient;
import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.files.UploadContent;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Transcribes a generated WAV file of the given duration, streamed from a generator, against a
 * running simulator and prints one line saying whether the transcript names the audio's checksum
 * and duration. Run in a JVM with a small heap by {@link LargeAudioUploadTest}.
 *
 * <p>Arguments: base URL, API key, seconds of audio. Exit status 0 when the transcript matches.
 */
public final class LargeAudioTranscription {

    private LargeAudioTranscription() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[2]);
        try (MistralClient client = MistralClient.builder().apiKey(args[1]).baseUrl(args[0]).build();
             CheckedInputStream audio = new CheckedInputStream(SampleAudio.wavStream(seconds), new CRC32())) {
            long size = SampleAudio.wavLength(seconds);
            Transcription transcription = client.audio().transcribe(TranscriptionRequest.builder()
                    .model("voxtral-mini-latest").file(UploadContent.of(audio, "long.wav", size)).build());
            String expected = String.format(Locale.ROOT, "audio %08x lasting %.2f seconds",
                    audio.getChecksum().getValue(), seconds);
            boolean ok = transcription.text().startsWith(expected);
            System.out.println("TRANSCRIBED ok=" + ok + " size=" + size + " expected=" + expected + " heard="
                    + transcription.text().substring(0, Math.min(60, transcription.text().length())) + " maxHeapBytes="
                    + Runtime.getRuntime().maxMemory());
            System.exit(ok ? 0 : 1);
        }
    }
}
