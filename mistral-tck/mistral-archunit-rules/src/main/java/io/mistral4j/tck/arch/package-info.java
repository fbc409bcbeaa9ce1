/**
 * ArchUnit rules: {@link io.mistral4j.tck.arch.MistralArchRules} for builds that use Mistral4J,
 * {@link io.mistral4j.tck.arch.MistralProjectRules} for Mistral4J's own.
 */
package io.mistral4j.tck.arch;
