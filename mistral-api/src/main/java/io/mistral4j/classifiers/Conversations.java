package io.mistral4j.classifiers;

import io.mistral4j.chat.Message;
import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Collects and checks the conversations of the chat moderation and chat classification requests. */
final class Conversations {

    private final List<List<Message>> conversations = new ArrayList<>();

    void add(List<? extends Message> conversation) {
        if (conversation == null) {
            throw new ValidationException("input[" + conversations.size() + "]", "must not be null");
        }
        conversations.add(new ArrayList<>(conversation));
    }

    void clear() {
        conversations.clear();
    }

    /** Each conversation non-empty and without null messages; at least one conversation. */
    List<List<Message>> validated() {
        if (conversations.isEmpty()) {
            throw new ValidationException("input", "at least one conversation is required");
        }
        for (int c = 0; c < conversations.size(); c++) {
            List<Message> conversation = conversations.get(c);
            if (conversation.isEmpty()) {
                throw new ValidationException("input[" + c + "]", "a conversation needs at least one message");
            }
            for (int m = 0; m < conversation.size(); m++) {
                if (conversation.get(m) == null) {
                    throw new ValidationException("input[" + c + "][" + m + "]", "must not be null");
                }
            }
        }
        return copy(conversations);
    }

    static List<List<Message>> copy(List<List<Message>> conversations) {
        if (conversations == null) {
            return null;
        }
        List<List<Message>> copy = new ArrayList<>(conversations.size());
        for (List<Message> conversation : conversations) {
            copy.add(List.copyOf(conversation));
        }
        return List.copyOf(copy);
    }
}
