package io.stage7.sim.report;

import java.util.OptionalDouble;

/**
 * Sales-Support Chatter cases: opened, answered, and the first-response SLA.
 *
 * @param slaAttainment  first responses within the SLA over (responses + open cases already past it);
 *                       empty without a first-response SLA or without cases
 * @param firstResponse  business hours from opening to first response
 */
public record ChatterMetrics(long opened, long responded, long waiting, long inProgress, long slaMet,
                             long slaBreachedOpen, OptionalDouble slaAttainment, TimeToDecision firstResponse) {
}
