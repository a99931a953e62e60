/**
 * Records made from values a reader inside Stage7 has already checked, field by field, as
 * {@link io.stage7.eval.RecordBuilder} would: {@link io.stage7.eval.trusted.TrustedRecords}.
 * The data file readers ({@code records}) parse every value by its field's type and check
 * picklist values against the declared ones; going through the builder again looked each
 * picklist value up a second time and copied the record's slots. Values still take the form the
 * builder gives them, by the builder's own code. Not exported by the module: an application
 * builds its records with the builder, which checks everything.
 * <p>May import: {@code check}, {@code eval}. (Read by the architecture test.)
 */
package io.stage7.eval.trusted;
