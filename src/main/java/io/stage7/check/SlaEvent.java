package io.stage7.check;

import java.util.Optional;

/** What an SLA measures the time to. */
public enum SlaEvent {
    /** The submission is approved or rejected. */
    DECIDED("decided"),
    /** A case gets its first response. */
    FIRST_RESPONSE("first_response");

    private final String keyword;

    SlaEvent(String keyword) {
        this.keyword = keyword;
    }

    /** The word used in rules. */
    public String keyword() {
        return keyword;
    }

    public static Optional<SlaEvent> byKeyword(String word) {
        for (SlaEvent event : values()) {
            if (event.keyword.equals(word)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
