package com.acme.store;

import com.acme.assistant.Assistant;
import java.util.ArrayList;
import java.util.List;

/** Keeps questions per assistant; refers back to {@code com.acme.assistant}, closing a cycle. */
public final class History {

    private final List<String> questions = new ArrayList<>();

    public void remember(Assistant assistant, String question) {
        questions.add(assistant.getClass().getSimpleName() + ": " + question);
    }
}
