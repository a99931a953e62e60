/**
 * Writing outputs so that a reader never sees half of one: {@link io.stage7.output.OutputFolder}
 * stages a folder in a temporary sibling and renames it into place when complete, refusing a
 * second writer of the same folder; {@link io.stage7.output.OutputFile} does the same for one file.
 * A folder Stage7 wrote carries a marker, {@link io.stage7.output.OutputFolder#MARKER}, written
 * last, so a complete output can be told from anything else.
 * <p>Depends on {@code build} (the version in the marker) and Jackson (its JSON).
 * <p>May import: {@code build}. (Read by the architecture test.)
 */
package io.stage7.output;
