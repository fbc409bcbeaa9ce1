package com.acme.assistant;

import com.acme.store.History;
import io.mistral4j.impl.InternalClient;

/**
 * Breaks every rule of the default set: it builds an implementation class itself, which also
 * makes it depend on {@code io.mistral4j.impl..}, and its package and {@code com.acme.store}
 * use each other.
 */
public final class Assistant {

    private final InternalClient client = new InternalClient();
    private final History history = new History();

    public String answer(String question) {
        history.remember(this, question);
        return client.complete(question);
    }
}
