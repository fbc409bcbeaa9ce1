/**
 * Models ({@code /v1/models}): the catalog with each model's capabilities, and the management of
 * fine-tuned models, through {@link io.mistral4j.models.ModelsService}.
 */
package io.mistral4j.models;
