/**
 * A team's own rules project: {@link io.stage7.project.ProjectTemplate} writes a new one
 * ({@code stage7 init}) from the template in the jar, which is this repository's own rules
 * project (rules, tests, sample data, a scenario) with a README and a CI script.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.project;
