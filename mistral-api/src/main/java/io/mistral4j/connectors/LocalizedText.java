package io.mistral4j.connectors;

import java.util.Map;

/**
 * A name, description and usage sentence by language code ({@code en}, {@code fr}, ...).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name          the name by language
 * @param description   the description by language
 * @param usageSentence the usage sentence by language
 */
public record LocalizedText(Map<String, String> name, Map<String, String> description, Map<String, String> usageSentence) {

}
