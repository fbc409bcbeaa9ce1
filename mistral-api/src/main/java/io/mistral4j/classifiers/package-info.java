/**
 * Moderation and classification ({@code /v1/moderations}, {@code /v1/chat/moderations},
 * {@code /v1/classifications}), through {@link io.mistral4j.classifiers.ClassifiersService}.
 */
package io.mistral4j.classifiers;
