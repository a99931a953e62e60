package io.stage7.sim.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** True with probability {@code probability}: a checkbox field, a violation caught or missed. One draw per sample. */
public record Bernoulli(double probability) {

    public Bernoulli {
        Checks.throwIfAny(problems(probability));
    }

    static List<ParameterProblem> problems(double probability) {
        List<ParameterProblem> problems = new ArrayList<>();
        Checks.probability(problems, "probability", probability);
        return problems;
    }

    /** One sample: never true when the probability is 0, always when it is 1. */
    public boolean sample(RandomGenerator stream) {
        return Uniforms.halfOpen(stream) < probability;
    }
}
