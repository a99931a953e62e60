package io.stage7.eval;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a Java property to a Stage7 field by path, for a {@link RecordBinding}: a relationship
 * path ({@code @Stage7Field("Account.Industry")}), a field name that is not a Java identifier, a
 * Java name that differs from the field's, or {@code "Id"} for the record's id. Put it on a record
 * component, a field or a method without parameters; any access works when the binding is made
 * with a {@link java.lang.invoke.MethodHandles.Lookup} of the class. The path ignores case, as
 * Salesforce field names do. An annotated property is bound to its path only, never by its name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Stage7Field {
    /** The field path, such as {@code Amount}, {@code Account.Industry} or {@code Id}. */
    String value();
}
