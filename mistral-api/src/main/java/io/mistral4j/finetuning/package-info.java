/**
 * Fine-tuning jobs ({@code /v1/fine_tuning/jobs}): create (or estimate), list, follow, cancel and
 * start jobs, through {@link io.mistral4j.finetuning.FineTuningService}.
 */
package io.mistral4j.finetuning;
