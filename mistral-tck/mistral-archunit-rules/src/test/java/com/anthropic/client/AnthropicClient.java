package com.anthropic.client;

/** Test fixture standing in for the Anthropic Java SDK's client; not the real library. */
public interface AnthropicClient {
}
