/**
 * Connectors: MCP servers the agents platform calls tools of, their tools, how they
 * authenticate and the credentials stored for them at the organization, workspace and user
 * level. Start from {@link io.mistral4j.connectors.ConnectorsService}. Types that carry
 * credentials never print them.
 */
package io.mistral4j.connectors;
