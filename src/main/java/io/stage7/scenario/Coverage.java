package io.stage7.scenario;

import java.util.Objects;

/**
 * When specialists of one region take work from another region's queue (handbook: "during
 * holidays, or when team members are on PTO ... reserved for EoM / EoQ or times when we are
 * understaffed").
 *
 * @param backlogThreshold with {@link Policy#BACKLOG}: a region whose waiting submissions exceed
 *                         this may be helped
 */
public record Coverage(Policy policy, int backlogThreshold) {
    public Coverage {
        Objects.requireNonNull(policy, "policy");
        if (backlogThreshold < 0) {
            throw new IllegalArgumentException("backlog threshold cannot be negative");
        }
    }

    /** Who may help whom. */
    public enum Policy {
        /** Each region works only its own queue. */
        NEVER,
        /** An idle specialist helps a region that is inside a period-end window. */
        PERIOD_END,
        /** An idle specialist helps a region inside a period-end window or whose backlog passes the threshold. */
        BACKLOG
    }
}
