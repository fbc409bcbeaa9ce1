/**
 * Helpers the API's builders share: validation and the sampling settings of the completion
 * requests. Not exported by the module and not part of the API; may change in any release.
 */
package io.mistral4j.internal;
