package org.dyad.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The methods of a service class an {@link AccessMatrix} must cover: every non-private instance method declared in the
 * class (public ones, and package-private ones of plugin services that are package-private themselves), by name, or
 * by {@code name(Type,Type)} where the name is overloaded.
 */
final class ServiceMethods {

    private ServiceMethods() {
    }

    static List<String> of(Class<?> service) {
        List<Method> methods = Arrays.stream(service.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers()))
                .toList();
        Map<String, Long> names = methods.stream().collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
        return methods.stream().map(m -> names.get(m.getName()) > 1 ? signature(m) : m.getName()).sorted().toList();
    }

    /** Whether a row named {@code rowMethod} covers the method {@code key} returned by {@link #of}. */
    static boolean covers(String rowMethod, String key) {
        return rowMethod.equals(key) || (!key.contains("(") && rowMethod.startsWith(key + "("));
    }

    static String signature(Method m) {
        Function<Class<?>, String> simple = Class::getSimpleName;
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(simple).collect(Collectors.joining(",", "(", ")"));
    }
}
