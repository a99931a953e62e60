package io.stage7.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The module's API is closed: every type that a public member of an exported package names (a
 * return or parameter type, a field, a supertype, a type argument) is itself in an exported
 * package or in the JDK. Otherwise an application on the module path could call a method and not
 * name what it returns, which is the wart the adoption issue left open.
 */
class ApiSurfaceTest {

    @Test
    void exportedPackagesExposeOnlyExportedTypes() throws IOException {
        Set<String> exported = exportedPackages();
        assertTrue(exported.contains("io.stage7"), "module-info exports " + exported);
        Set<String> leaks = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.stage7")) {
            if (!exported.contains(type.getPackageName())) {
                continue;
            }
            Class<?> api = type.reflect();
            if (!isApi(api)) {
                continue;
            }
            check(api.getGenericSuperclass(), api.getName() + " extends", exported, leaks);
            for (Type face : api.getGenericInterfaces()) {
                check(face, api.getName() + " implements", exported, leaks);
            }
            for (Field field : api.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    check(field.getGenericType(), api.getName() + "." + field.getName(), exported, leaks);
                }
            }
            for (Method method : api.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    check(method.getGenericReturnType(), signature(api, method), exported, leaks);
                    parameters(api, method, exported, leaks);
                }
            }
            for (Constructor<?> constructor : api.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                    parameters(api, constructor, exported, leaks);
                }
            }
        }
        assertEquals("", String.join("\n", leaks),
                "public API of exported packages names types from packages the module does not export");
    }

    private static Set<String> exportedPackages() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A public class whose enclosing classes are public too: what another module can name. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass() || at.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void parameters(Class<?> api, Executable executable, Set<String> exported, Set<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(parameter, signature(api, executable), exported, leaks);
        }
    }

    private static String signature(Class<?> api, Executable executable) {
        return api.getName() + "." + (executable instanceof Constructor ? "<init>" : executable.getName()) + "(...)";
    }

    private static void check(Type type, String where, Set<String> exported, Set<String> leaks) {
        if (type == null) {
            return;
        }
        if (type instanceof Class<?> plain) {
            Class<?> element = plain;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.isPrimitive() || element.getName().startsWith("java.")) {
                return;
            }
            if (!exported.contains(element.getPackageName()) || !isApi(element)) {
                leaks.add(where + " names " + element.getName());
            }
        } else if (type instanceof ParameterizedType generic) {
            check(generic.getRawType(), where, exported, leaks);
            for (Type argument : generic.getActualTypeArguments()) {
                check(argument, where, exported, leaks);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, exported, leaks);
            }
            for (Type bound : wildcard.getLowerBounds()) {
                check(bound, where, exported, leaks);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), where, exported, leaks);
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    check(bound, where, exported, leaks);
                }
            }
        }
    }
}
