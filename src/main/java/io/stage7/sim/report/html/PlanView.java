package io.stage7.sim.report.html;

import java.util.List;
import java.util.Objects;

/**
 * What a staffing search recommends, as the report shows it: the plan (current → recommended per
 * region and window, and in total), how the search ended, the verification of the plan with fresh
 * random numbers, and each region's arrivals against capacity.
 *
 * @param windows      the plan's columns: "normal weeks", "EoM windows", ...
 * @param rows         per region, in scenario order
 * @param total        the sums over the regions
 * @param verdict      one sentence on how the search ended
 * @param recommended  whether the plan can be acted on: met, settled and verified
 * @param verification one sentence on the verification run (its seed and replications)
 * @param capacity     per region, arrivals against the specialists scheduled now and in the plan
 */
public record PlanView(List<String> windows, List<Row> rows, Row total, String verdict, boolean recommended,
                       String verification, List<RegionCapacity> capacity) {

    public PlanView {
        windows = List.copyOf(windows);
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(verification, "verification");
        capacity = List.copyOf(capacity);
    }

    /**
     * One region's plan.
     *
     * @param current      the scenario's headcount per window
     * @param recommended  the recommended headcount per window
     * @param verification per window, the verification's result as text ("96.1% (bound 95.2%)", "not measured")
     * @param verified     per window, whether the verification met the target (true where not measured)
     */
    public record Row(String region, List<Integer> current, List<Integer> recommended, List<String> verification,
                      List<Boolean> verified) {
        public Row {
            Objects.requireNonNull(region, "region");
            current = List.copyOf(current);
            recommended = List.copyOf(recommended);
            verification = List.copyOf(verification);
            verified = List.copyOf(verified);
        }
    }

    /**
     * Arrivals against capacity in one region.
     *
     * @param zone        the region's time zone (hours of the week are local)
     * @param offered     per hour of the week (Monday 00:00 local first), mean specialist-hours of work arriving
     * @param current     per hour of the week, mean specialists on shift under the scenario's plan
     * @param recommended the same under the recommended plan
     * @param days        per kind of day (normal, EoM, EoQ, EoY), what arrives and who is on shift
     */
    public record RegionCapacity(String region, String zone, List<Double> offered, List<Double> current,
                                 List<Double> recommended, List<DayKind> days) {
        public RegionCapacity {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(zone, "zone");
            offered = List.copyOf(offered);
            current = List.copyOf(current);
            recommended = List.copyOf(recommended);
            days = List.copyOf(days);
        }
    }

    /**
     * One kind of day in one region: how many were counted, and per day the specialist-hours of work
     * arriving and on shift now and in the plan.
     */
    public record DayKind(String kind, int days, double offered, double current, double recommended) {
        public DayKind {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
