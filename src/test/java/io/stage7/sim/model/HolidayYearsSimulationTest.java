package io.stage7.sim.model;

import io.stage7.testing.Fixtures;
import io.stage7.calendar.BusinessCalendar;
import io.stage7.check.CheckedRules;
import io.stage7.eval.interp.Interpreter;
import io.stage7.scenario.Scenario;
import io.stage7.scenario.ScenarioReader;
import io.stage7.scenario.ScenarioResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped scenario, moved to 2028-2030 with a quarter of its load, over the shipped rules: no
 * desk works on its own public holidays in those years (the holiday files used to end in 2027),
 * while it does work the business days around them. The scenario reader has no warning to give.
 */
class HolidayYearsSimulationTest {

    /** Public holidays and company days, one or more per region and year, each a weekday. */
    private static final Map<String, List<LocalDate>> HOLIDAYS = Map.of(
            "AMER", List.of(LocalDate.of(2028, 7, 4), LocalDate.of(2028, 12, 25), LocalDate.of(2029, 11, 22),
                    LocalDate.of(2029, 11, 23), LocalDate.of(2030, 1, 1)),
            "EMEA", List.of(LocalDate.of(2028, 3, 17), LocalDate.of(2028, 12, 25), LocalDate.of(2029, 12, 26),
                    LocalDate.of(2030, 3, 18), LocalDate.of(2030, 4, 22)),
            "APAC", List.of(LocalDate.of(2028, 12, 25), LocalDate.of(2029, 4, 25), LocalDate.of(2030, 1, 28),
                    LocalDate.of(2030, 4, 19)));

    /** Per region, the local dates on which its own specialists started a review. */
    private static final Map<String, Set<LocalDate>> WORKED = new HashMap<>();
    private static ScenarioResult read;
    private static CheckedRules rules;

    @BeforeAll
    static void simulate(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Fixtures.DEFAULT_SCENARIO)
                .replace("rules: ../rules", "rules: " + Fixtures.RULES.toAbsolutePath())
                .replaceAll("start: 20\\d\\d-[0-9T:-]+Z", "start: 2028-01-01T00:00:00Z")
                .replaceAll("end: 20\\d\\d-[0-9T:-]+Z", "end: 2031-01-01T00:00:00Z")
                .replace("per_business_day: 6,", "per_business_day: 2,").replace("per_business_day: 28", "per_business_day: 7")
                .replace("per_business_day: 22", "per_business_day: 6").replace("per_business_day: 14", "per_business_day: 4");
        Path scenarioFile = dir.resolve("holiday-years.yaml");
        Files.writeString(scenarioFile, yaml);
        read = ScenarioReader.read(scenarioFile);
        Scenario scenario = read.scenario().orElseThrow(() -> new AssertionError(read.render()));
        rules = read.rules().orElseThrow();
        DeskModel model = DeskModel.prepare(scenario, rules, Interpreter.of(rules), List.of()).model().orElseThrow();
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        for (String region : HOLIDAYS.keySet()) {
            calendars.put(region, rules.calendar(region).orElseThrow());
        }
        model.run(0, new DeskObserver() {
            @Override
            public void attempt(AttemptRow row) {
                BusinessCalendar calendar = calendars.get(row.reviewerRegion());
                if (calendar != null && row.started() != AttemptRow.NEVER) {
                    WORKED.computeIfAbsent(row.reviewerRegion(), r -> new HashSet<>())
                            .add(calendar.localDate(Instant.ofEpochMilli(row.started())));
                }
            }
        });
    }

    @Test
    void theShippedCalendarsNeedNoWarningFor2028To2030() {
        assertEquals(List.of(), read.problems(), read.render());
    }

    @Test
    void noDeskWorksOnItsOwnHolidays() {
        HOLIDAYS.forEach((region, dates) -> {
            for (LocalDate holiday : dates) {
                assertFalse(WORKED.get(region).contains(holiday), region + " worked on " + holiday);
            }
        });
    }

    @Test
    void everyDeskWorksTheBusinessDaysAroundThem() {
        List<String> idle = new ArrayList<>();
        HOLIDAYS.forEach((region, dates) -> {
            for (LocalDate holiday : dates) {
                LocalDate next = rules.calendar(region).orElseThrow().nextBusinessDay(holiday);
                if (!WORKED.get(region).contains(next)) {
                    idle.add(region + " " + next);
                }
            }
        });
        assertTrue(idle.isEmpty(), "no work on business days " + idle);
    }
}
