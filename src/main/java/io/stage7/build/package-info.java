/**
 * What build of Stage7 this is: {@link io.stage7.build.BuildInfo} reads the version and commit
 * that Maven wrote into the jar. Depends on nothing else in Stage7.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.build;
