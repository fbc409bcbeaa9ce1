/**
 * {@link io.mistral4j.pagination.Page}: one page of a list operation, and every item from it on,
 * fetching the following pages as they are needed.
 */
package io.mistral4j.pagination;
