package org.skillscontest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every string and every collection a client can send a service has an upper bound: a {@code @Size(max = …)},
 * or for a string a {@code @Pattern} without an open-ended repetition (itself or as part of a composed constraint). Walks, by reflection, the resource
 * methods of a service's main classes: the String path, query and header parameters, and the body's type,
 * through nested records, lists, maps (keys and values) and arrays. A service runs {@link #assertBounded}
 * in a plain JUnit test, so that an unbounded field fails the build with its name.
 */
public final class RequestBounds {

    private RequestBounds() {
    }

    /** Fails naming every unbounded string and collection of the requests of the resources under {@code rootPackage}. */
    public static void assertBounded(String rootPackage) {
        List<String> resources = resources(rootPackage).stream().map(Class::getSimpleName).toList();
        assertThat(resources).as("resources under " + rootPackage).isNotEmpty();
        assertThat(unbounded(rootPackage)).as("request input without an upper bound (resources: " + resources + ")").isEmpty();
    }

    /** One line per unbounded string or collection, such as {@code EntryResource.register body: EntryRequest.idNumber (String)}. */
    public static List<String> unbounded(String rootPackage) {
        List<String> found = new ArrayList<>();
        for (Class<?> resource : resources(rootPackage)) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isResourceMethod(method)) {
                    checkParameters(resource.getSimpleName() + "." + method.getName(), method, found);
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    private static List<Class<?>> resources(String rootPackage) {
        return ArchitectureRules.mainClasses(rootPackage).stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect)
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    private static boolean isResourceMethod(Method method) {
        return !method.isSynthetic() && Modifier.isPublic(method.getModifiers()) && Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class) || a instanceof Path);
    }

    private static void checkParameters(String where, Method method, List<String> found) {
        AnnotatedType[] types = method.getAnnotatedParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            List<Annotation> declared = List.of(annotations[i]);
            String name = requestName(declared);
            if (name != null) {
                walk(types[i], declared, where + " " + name, new HashSet<>(), found);
            } else if (!isContext(raw(types[i].getType()), declared)) {
                walk(types[i], declared, where + " body " + raw(types[i].getType()).getSimpleName(), new HashSet<>(), found);
            }
        }
    }

    /** {@code path c}, {@code query q}, {@code header Idempotency-Key}…, or null for the body or a context object. */
    private static String requestName(List<Annotation> declared) {
        for (Annotation a : declared) {
            if (a instanceof PathParam p) {
                return "path " + p.value();
            } else if (a instanceof QueryParam q) {
                return "query " + q.value();
            } else if (a instanceof HeaderParam h) {
                return "header " + h.value();
            } else if (a instanceof CookieParam c) {
                return "cookie " + c.value();
            } else if (a instanceof FormParam f) {
                return "form " + f.value();
            } else if (a instanceof MatrixParam m) {
                return "matrix " + m.value();
            }
        }
        return null;
    }

    private static boolean isContext(Class<?> type, List<Annotation> declared) {
        String name = type.getName();
        return declared.stream().anyMatch(a -> a instanceof Context || a instanceof BeanParam)
                || name.startsWith("jakarta.ws.rs.") || name.startsWith("io.vertx.") || name.startsWith("org.jboss.resteasy.");
    }

    private static void walk(AnnotatedType type, List<Annotation> declared, String where, Set<Class<?>> visiting, List<String> found) {
        Class<?> raw = raw(type.getType());
        // a composed constraint (such as a @Code made of a @Pattern) bounds as its parts do
        List<Annotation> constraints = Stream.concat(declared.stream(), Arrays.stream(type.getAnnotations()))
                .flatMap(a -> Stream.concat(Stream.of(a), Arrays.stream(a.annotationType().getAnnotations())))
                .toList();
        if (CharSequence.class.isAssignableFrom(raw)) {
            if (!hasMaxSize(constraints) && !hasBoundingPattern(constraints)) {
                found.add(where + " (" + raw.getSimpleName() + "): no @Size(max) or bounding @Pattern");
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!hasMaxSize(constraints)) {
                found.add(where + " (" + raw.getSimpleName() + "): no @Size(max)");
            }
            elements(type, where, visiting, found);
        } else if (raw.isRecord()) {
            if (!visiting.add(raw)) {
                return; // a record that nests itself: checked once
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                walk(c.getAnnotatedType(), componentAnnotations(raw, c), where + "." + c.getName(), visiting, found);
            }
            visiting.remove(raw);
        } else if (!isBoundedByItsType(raw)) {
            found.add(where + " (" + raw.getName() + "): neither a record nor a value type, so it cannot be checked");
        }
    }

    private static void elements(AnnotatedType type, String where, Set<Class<?>> visiting, List<String> found) {
        if (type instanceof AnnotatedArrayType array) {
            Class<?> component = raw(array.getAnnotatedGenericComponentType().getType());
            if (!component.isPrimitive()) {
                walk(array.getAnnotatedGenericComponentType(), List.of(), where + "[]", visiting, found);
            }
        } else if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            if (Map.class.isAssignableFrom(raw(type.getType())) && arguments.length == 2) {
                walk(arguments[0], List.of(), where + "{key}", visiting, found);
                walk(arguments[1], List.of(), where + "{}", visiting, found);
            } else if (arguments.length == 1) {
                walk(arguments[0], List.of(), where + "[]", visiting, found);
            }
        }
    }

    /** A record component's constraints sit on its field, its accessor or its type, depending on their targets. */
    private static List<Annotation> componentAnnotations(Class<?> record, RecordComponent component) {
        List<Annotation> all = new ArrayList<>(List.of(component.getAccessor().getAnnotations()));
        try {
            Field field = record.getDeclaredField(component.getName());
            all.addAll(List.of(field.getAnnotations()));
        } catch (NoSuchFieldException impossible) {
            // every component has its field
        }
        return all;
    }

    private static boolean isBoundedByItsType(Class<?> raw) {
        return raw.isPrimitive() || raw.isEnum() || Number.class.isAssignableFrom(raw) || raw == Boolean.class
                || raw == Character.class || raw == UUID.class || Temporal.class.isAssignableFrom(raw)
                || raw == java.time.Duration.class || raw == java.time.Period.class;
    }

    private static boolean hasMaxSize(List<Annotation> constraints) {
        return constraints.stream().anyMatch(a -> a instanceof Size s && s.max() < Integer.MAX_VALUE
                || a instanceof Size.List list && Arrays.stream(list.value()).anyMatch(s -> s.max() < Integer.MAX_VALUE));
    }

    private static boolean hasBoundingPattern(List<Annotation> constraints) {
        return constraints.stream().anyMatch(a -> a instanceof Pattern p && bounds(p.regexp()));
    }

    /** Whether every match of the expression is of bounded length: no {@code *}, {@code +} or {@code {n,}} outside a character class. */
    static boolean bounds(String regex) {
        String plain = regex.replaceAll("\\\\.", "x").replaceAll("\\[[^\\]]*\\]", "x");
        return !plain.matches("(?s).*([*+]|\\{\\d+,\\}).*");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof java.lang.reflect.GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class; // a type variable or wildcard: checked as unknown
    }
}
