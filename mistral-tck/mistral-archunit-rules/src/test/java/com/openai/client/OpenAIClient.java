package com.openai.client;

/** Test fixture standing in for the OpenAI Java SDK's client; not the real library. */
public interface OpenAIClient {
}
