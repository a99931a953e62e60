package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Always {@code value}. Draws nothing from the stream. */
public record Fixed(double value) implements Distribution {

    public Fixed {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.finite(problems, "value", value);
        Checks.throwIfAny(problems);
    }

    @Override
    public double sample(RandomGenerator stream) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public double lowerBound() {
        return value;
    }

    @Override
    public double upperBound() {
        return value;
    }
}
