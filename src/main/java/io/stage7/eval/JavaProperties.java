package io.stage7.eval;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of a Java class a {@link RecordBinding} may read, found once when the binding is
 * made. By name: a record's components; otherwise public getters ({@code getX()}, and
 * {@code isX()} returning a boolean), then public fields (a getter hides a field of the same
 * name). By annotation: any record component, field or method without parameters carrying
 * {@link Stage7Field}, declared by the class or a superclass, of any access.
 */
final class JavaProperties {

    private JavaProperties() {
    }

    /**
     * One readable property.
     *
     * @param name       the property's name (a component's, a getter's without get/is, a field's)
     * @param member     the method or field that reads it
     * @param annotation the path {@link Stage7Field} gives, if annotated
     */
    record Property(String name, Member member, Optional<String> annotation) {

        Class<?> javaType() {
            return member instanceof Method method ? method.getReturnType() : ((Field) member).getType();
        }

        Type genericType() {
            return member instanceof Method method ? method.getGenericReturnType() : ((Field) member).getGenericType();
        }

        boolean isPublic() {
            return Modifier.isPublic(member.getModifiers());
        }

        /** {@code Deal.getAmount()} or {@code Deal.amount}, for messages. */
        String describe() {
            return member.getDeclaringClass().getSimpleName() + "." + member.getName()
                    + (member instanceof Method ? "()" : "");
        }
    }

    /** The properties of {@code type}: the annotated ones first, then those matched by name, each member once. */
    static List<Property> of(Class<?> type, List<String> problems) {
        Map<Member, Property> found = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                found.put(accessor, new Property(component.getName(), accessor, annotation(component)));
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                annotated(method, problems).ifPresent(p -> found.putIfAbsent(method, p));
            }
            if (!type.isRecord()) {
                for (Field field : c.getDeclaredFields()) {
                    annotated(field, problems).ifPresent(p -> found.putIfAbsent(field, p));
                }
            }
        }
        for (Method method : type.getMethods()) {
            annotated(method, problems).ifPresent(p -> found.putIfAbsent(method, p));
        }
        if (!type.isRecord()) {
            Map<String, Property> byName = new LinkedHashMap<>();
            for (Method method : type.getMethods()) {
                getterName(method).filter(n -> !found.containsKey(method))
                        .ifPresent(name -> byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
                                new Property(name, method, Optional.empty())));
            }
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !found.containsKey(field)) {
                    byName.putIfAbsent(field.getName().toLowerCase(java.util.Locale.ROOT),
                            new Property(field.getName(), field, Optional.empty()));
                }
            }
            byName.values().forEach(p -> found.put(p.member(), p));
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<String> annotation(AnnotatedElement element) {
        Stage7Field field = element.getAnnotation(Stage7Field.class);
        return field == null ? Optional.empty() : Optional.of(field.value().strip());
    }

    /** An annotated member as a property; a member that cannot be read is a problem. */
    private static Optional<Property> annotated(Member member, List<String> problems) {
        Optional<String> path = annotation((AnnotatedElement) member);
        if (path.isEmpty() || member instanceof Method m && (m.isBridge() || m.isSynthetic())) {
            return Optional.empty();
        }
        String where = member.getDeclaringClass().getSimpleName() + "." + member.getName();
        if (Modifier.isStatic(member.getModifiers())) {
            problems.add(where + " is static; @Stage7Field binds instance members only");
            return Optional.empty();
        }
        if (member instanceof Method method && (method.getParameterCount() > 0 || method.getReturnType() == void.class)) {
            problems.add(where + "(...) cannot be read as a property: @Stage7Field needs a method without"
                    + " parameters that returns a value");
            return Optional.empty();
        }
        return Optional.of(new Property(member.getName(), member, path));
    }

    /** {@code amount} for {@code getAmount()}, {@code signed} for {@code isSigned()} returning a boolean. */
    private static Optional<String> getterName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0 || method.isBridge()
                || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
            return Optional.empty();
        }
        String name = method.getName();
        Class<?> returns = method.getReturnType();
        if (name.startsWith("get") && name.length() > 3) {
            return Optional.of(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && (returns == boolean.class || returns == Boolean.class)) {
            return Optional.of(name.substring(2));
        }
        return Optional.empty();
    }
}
