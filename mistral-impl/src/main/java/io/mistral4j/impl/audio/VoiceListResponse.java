package io.mistral4j.impl.audio;

import io.mistral4j.audio.Voice;
import java.util.List;

/** A page of voices as {@code GET /v1/audio/voices} answers it. */
record VoiceListResponse(List<Voice> items, Long total, Integer page, Integer pageSize, Integer totalPages) {
}
