/**
 * Audio ({@code /v1/audio}): transcription of speech to text, plain or streamed as events.
 */
package io.mistral4j.audio;
