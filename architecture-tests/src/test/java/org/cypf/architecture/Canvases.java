package org.cypf.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One canvas per context, generated from the code so it cannot go stale the way hand-kept tables did (issue 7): the
 * context's capabilities, its use cases (the api interfaces it implements, with their methods), the ports it asks
 * other contexts to implement, its query ports ({@code @QueryPort}), the events it publishes ({@code @PublishedEvent}
 * types of its api, with the capabilities that make them) and consumes (the other contexts' events its inbound event
 * adapters depend on), its tables (its schema's Flyway migrations), the configuration keys of its section of
 * {@code application.yaml} and of the application's reads, and the measures it provides (the keys of its api's measure
 * constants that its {@code MeasureSource}s use).
 *
 * <p>The contexts are those {@link Layout} finds in the code, so a sixth context gets a canvas without a list being
 * edited. A context's schema is its name in words joined by underscores ("social care": {@code social_care}); its
 * configuration section joined by dashes ({@code social-care}), as its assembly class's {@code NAME} is.
 */
final class Canvases {

    /** Where a canvas reads what is not in the classes. */
    record Sources(Path migrations, Path configuration, Path applicationSources) {

        /** The real code's: the Flyway folders, the application's {@code application.yaml} and its Java sources. */
        static Sources real() {
            return new Sources(Rules.locate(Rules.MIGRATIONS), Rules.locate(CONFIGURATION), Rules.locate(APPLICATION));
        }
    }

    static final String CONFIGURATION = "modules/app/src/main/resources/application.yaml";
    static final String APPLICATION = "modules/app/src/main/java";

    /** A use case interface of the api and its methods, e.g. {@code lookedafter.ChildrenLookedAfter}. */
    record UseCase(String api, List<String> methods) {
        UseCase {
            methods = List.copyOf(methods);
        }
    }

    /** A query port of the api: what it is for (its {@code @QueryPort} text) and its methods. */
    record QueryPortEntry(String api, String purpose, List<String> methods) {
        QueryPortEntry {
            methods = List.copyOf(methods);
        }
    }

    /**
     * An event by its name on the wire: published, {@code by} names the capabilities that make it; consumed, the
     * inbound adapters that subscribe to it.
     */
    record Event(String name, int version, String type, List<String> by) {
        Event {
            by = List.copyOf(by);
        }
    }

    /** A configuration key: its value in {@code application.yaml} (null if it has none) and whether the application reads it. */
    record ConfigurationKey(String key, String value, boolean read) {}

    /** A measure key the context provides to governance, and its sources' classes. */
    record Measure(String key, List<String> computedBy) {
        Measure {
            computedBy = List.copyOf(computedBy);
        }
    }

    /**
     * A component of a published type tagged as personal data (ADR 0101): the type relative to the api package
     * ({@code event.ChildEnteredCare}), the component and its categories ({@code PERSONAL}, {@code HEALTH}...).
     */
    record SensitiveField(String type, String field, List<String> categories) {
        SensitiveField {
            categories = List.copyOf(categories);
        }
    }

    record Canvas(String context, String name, String schema, List<String> capabilities, List<String> aggregates,
                  List<UseCase> useCases,
                  List<UseCase> requiredOfOthers, List<QueryPortEntry> queryPorts, List<Event> published,
                  List<Event> consumed, List<String> tables, List<ConfigurationKey> configuration,
                  List<Measure> measures, List<SensitiveField> sensitive) {
        Canvas {
            sensitive = List.copyOf(sensitive);
            capabilities = List.copyOf(capabilities);
            aggregates = List.copyOf(aggregates);
            useCases = List.copyOf(useCases);
            requiredOfOthers = List.copyOf(requiredOfOthers);
            queryPorts = List.copyOf(queryPorts);
            published = List.copyOf(published);
            consumed = List.copyOf(consumed);
            tables = List.copyOf(tables);
            configuration = List.copyOf(configuration);
            measures = List.copyOf(measures);
        }

        /** The file the canvas is written to, below the report's folder. */
        String file(String extension) {
            return "canvases/" + context + "." + extension;
        }

        Optional<UseCase> useCase(String simpleName) {
            return useCases.stream().filter(u -> u.api().equals(simpleName) || u.api().endsWith("." + simpleName))
                    .findFirst();
        }
    }

    private Canvases() {}

    /** One canvas per context of {@code layout}, in its order. */
    static List<Canvas> derive(Layout layout, Iterable<JavaClass> classes, Sources sources) {
        List<JavaClass> all = new ArrayList<>();
        classes.forEach(all::add);
        Map<String, String> yaml = readYaml(sources.configuration());
        String applicationText = readSources(sources.applicationSources());
        List<Canvas> canvases = new ArrayList<>();
        for (String context : layout.contexts()) {
            String name = layout.displayNames().get(context);
            List<JavaClass> own = all.stream().filter(c -> layout.contextOf(c).map(context::equals).orElse(false)).toList();
            String schema = name.replace(' ', '_');
            String section = name.replace(' ', '-');
            List<UseCase> provided = new ArrayList<>();
            List<UseCase> required = new ArrayList<>();
            List<QueryPortEntry> queries = new ArrayList<>();
            apiInterfaces(layout, context, own).forEach(i -> {
                String api = relativeToApi(layout, context, i);
                if (i.isAnnotatedWith(layout.queryPort())) {
                    Object purpose = i.getAnnotationOfType(layout.queryPort()).get("value").orElse("");
                    queries.add(new QueryPortEntry(api, String.valueOf(purpose), methods(i)));
                } else if (own.stream().anyMatch(c -> !c.isInterface() && !c.equals(i) && c.isAssignableTo(i.getName()))) {
                    provided.add(new UseCase(api, methods(i)));
                } else {
                    required.add(new UseCase(api, methods(i)));
                }
            });
            canvases.add(new Canvas(context, name, schema, capabilities(layout, own), aggregates(layout, own), provided,
                    required, queries,
                    published(layout, context, own), consumed(layout, context, own),
                    tables(sources.migrations().resolve(schema)), configuration(section, yaml, applicationText),
                    measures(layout, context, own), sensitive(layout, context, own)));
        }
        return List.copyOf(canvases);
    }

    // ------------------------------------------------------------------------------------------- from the classes

    /** The capabilities with code of their own: the jOOQ classes generated into {@code shared} do not make one. */
    private static List<String> capabilities(Layout layout, List<JavaClass> own) {
        return own.stream().filter(c -> !layout.isInLayer(c, "adapter.out.persistence.jooq"))
                .map(layout::capabilityOf).flatMap(Optional::stream).distinct().sorted().toList();
    }

    /**
     * The aggregates: the domain classes that implement the kernel's {@code Versioned} (changed under optimistic
     * locking, ADR 0018), as {@code capability.Name}.
     */
    private static List<String> aggregates(Layout layout, List<JavaClass> own) {
        return own.stream().filter(c -> layout.isInLayer(c, "domain") && !c.isInterface()
                        && c.isAssignableTo(layout.versioned()))
                .map(c -> layout.capabilityOf(c).orElse("") + "." + c.getSimpleName()).sorted().toList();
    }

    /** The public top-level interfaces of the context's api (not annotations). */
    private static List<JavaClass> apiInterfaces(Layout layout, String context, List<JavaClass> own) {
        return own.stream().filter(layout::isInApi).filter(JavaClass::isInterface)
                .filter(c -> !c.isAnnotation() && c.getEnclosingClass().isEmpty())
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .sorted(Comparator.comparing(c -> relativeToApi(layout, context, c))).toList();
    }

    /** {@code lookedafter.ChildrenLookedAfter}: the type's name below its context's api package. */
    private static String relativeToApi(Layout layout, String context, JavaClass c) {
        String api = layout.in(context, "api") + ".";
        return c.getName().startsWith(api) ? c.getName().substring(api.length()) : c.getName();
    }

    /** "changeEpisode(Caller, ChangeEpisode): PeriodOfCareView", declared in the interface, sorted by name. */
    private static List<String> methods(JavaClass type) {
        return type.getMethods().stream()
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC) && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                .map(Canvases::signature).sorted().toList();
    }

    /** With generic types as written, each class by its simple name: {@code lookedAfterOn(Caller, LocalDate): List<PeriodOfCareView>}. */
    private static String signature(JavaMethod m) {
        return m.getName() + "(" + m.getParameterTypes().stream().map(t -> simple(t.getName()))
                .collect(Collectors.joining(", ")) + "): " + simple(m.getReturnType().getName());
    }

    private static String simple(String typeName) {
        return typeName.replace('$', '.').replaceAll("\\b(?:[a-z_][\\w]*\\.)+([A-Z])", "$1")
                .replace(", ", ",").replace(",", ", ");
    }

    private static List<Event> published(Layout layout, String context, List<JavaClass> own) {
        List<Event> events = new ArrayList<>();
        for (JavaClass c : own) {
            if (!layout.isInApi(c) || !c.isAnnotatedWith(layout.publishedEvent())) {
                continue;
            }
            Set<String> makers = new TreeSet<>();
            Stream.concat(c.getConstructorCallsToSelf().stream(), c.getConstructorReferencesToSelf().stream())
                    .map(JavaAccess::getOriginOwner).map(Layout::topLevel)
                    .filter(origin -> layout.contextOf(origin).map(context::equals).orElse(false))
                    .forEach(origin -> makers.add(layout.capabilityOf(origin).orElse(origin.getSimpleName())));
            events.add(event(layout, c, List.copyOf(makers)));
        }
        events.sort(Comparator.comparing(Event::name));
        return events;
    }

    /** The components of the context's api records tagged {@code @Sensitive}, by type and component name. */
    static List<SensitiveField> sensitive(Layout layout, String context, List<JavaClass> own) {
        String tag = layout.sensitive();
        List<SensitiveField> fields = new ArrayList<>();
        own.stream().filter(layout::isInApi).filter(JavaClass::isRecord)
                .sorted(Comparator.comparing(JavaClass::getName)).forEach(c -> c.getFields().stream()
                        .sorted(Comparator.comparing(com.tngtech.archunit.core.domain.JavaField::getName))
                        .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .forEach(f -> c.tryGetMethod(f.getName()).filter(m -> m.isAnnotatedWith(tag))
                                .ifPresent(m -> fields.add(new SensitiveField(relativeToApi(layout, context, c).replace('$', '.'),
                                        f.getName(), categories(m.getAnnotationOfType(tag)))))));
        return List.copyOf(fields);
    }

    private static List<String> categories(JavaAnnotation<?> tag) {
        Object value = tag.get("value").orElse(new Object[0]);
        List<String> names = new ArrayList<>();
        if (value instanceof Object[] values) {
            for (Object v : values) {
                names.add(v instanceof com.tngtech.archunit.core.domain.JavaEnumConstant e ? e.name() : String.valueOf(v));
            }
        }
        return names;
    }

    private static List<Event> consumed(Layout layout, String context, List<JavaClass> own) {
        Map<JavaClass, Set<String>> subscribers = new LinkedHashMap<>();
        for (JavaClass c : own) {
            if (!layout.isInLayer(c, "adapter.in.event")) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.isAnnotatedWith(layout.publishedEvent())
                        && !layout.contextOf(target).map(context::equals).orElse(false)) {
                    subscribers.computeIfAbsent(target, t -> new TreeSet<>()).add(Layout.topLevel(c).getSimpleName());
                }
            }
        }
        return subscribers.entrySet().stream().map(e -> event(layout, e.getKey(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(Event::name)).toList();
    }

    private static Event event(Layout layout, JavaClass type, List<String> by) {
        JavaAnnotation<JavaClass> published = type.getAnnotationOfType(layout.publishedEvent());
        String name = String.valueOf(published.get("name").orElse(type.getSimpleName()));
        int version = published.get("version").map(v -> ((Number) v).intValue()).orElse(1);
        return new Event(name, version, type.getName(), by);
    }

    /**
     * The keys of the api's measure constants (enum constants with a {@code key()}) that the context's
     * {@code MeasureSource} classes use, with those classes.
     */
    private static List<Measure> measures(Layout layout, String context, List<JavaClass> own) {
        String source = layout.measureSource();
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (JavaClass c : own) {
            if (c.isInterface() || c.getName().equals(source) || !c.isAssignableTo(source)) {
                continue;
            }
            for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                if (owner.isEnum() && layout.isInApi(owner) && layout.contextOf(owner).map(context::equals).orElse(false)) {
                    keyOf(owner.getName(), access.getName())
                            .ifPresent(key -> byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(c.getSimpleName()));
                }
            }
        }
        return byKey.entrySet().stream().map(e -> new Measure(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The constant's {@code key()}, if {@code field} is a constant of an enum that has one. */
    private static Optional<String> keyOf(String enumName, String field) {
        try {
            Class<?> type = Class.forName(enumName, false, Canvases.class.getClassLoader());
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(field)) {
                    return Optional.of(String.valueOf(type.getMethod("key").invoke(constant)));
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------- from the files

    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([\"\\w.]+)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?([\"\\w.]+)");
    private static final Pattern RENAME = Pattern.compile(
            "(?i)\\balter\\s+table\\s+(?:if\\s+exists\\s+)?([\"\\w.]+)\\s+rename\\s+to\\s+([\"\\w]+)");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)(?:[._](\\d+))?__");

    /** The tables the schema's migrations leave, as {@code schema.table}, in the order they were created. */
    static List<String> tables(Path schemaFolder) {
        if (!Files.isDirectory(schemaFolder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(schemaFolder)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted(Comparator.comparing(Canvases::version, BY_VERSION)
                    .thenComparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String schema = schemaFolder.getFileName().toString();
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        for (Path file : files) {
            String sql;
            try {
                sql = String.join("\n", MigrationCheck.withoutComments(Files.readAllLines(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // One statement at a time, in order, so a table dropped or renamed later in the same file is followed.
            for (String statement : sql.split(";")) {
                Matcher m;
                if ((m = CREATE.matcher(statement)).find()) {
                    tables.add(table(m.group(1)));
                } else if ((m = DROP.matcher(statement)).find()) {
                    tables.remove(table(m.group(1)));
                } else if ((m = RENAME.matcher(statement)).find() && tables.remove(table(m.group(1)))) {
                    tables.add(table(m.group(2)));
                }
            }
        }
        return tables.stream().map(t -> schema + "." + t).toList();
    }

    private static List<Integer> version(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        return m.find() ? List.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))
                : List.of(Integer.MAX_VALUE, 0);
    }

    private static final Comparator<List<Integer>> BY_VERSION = Comparator.<List<Integer>, Integer>comparing(v -> v.get(0))
            .thenComparing(v -> v.get(1));

    private static String table(String qualified) {
        String unquoted = qualified.replace("\"", "");
        return unquoted.substring(unquoted.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<ConfigurationKey> configuration(String section, Map<String, String> yaml, String application) {
        Map<String, ConfigurationKey> keys = new TreeMap<>();
        yaml.forEach((key, value) -> {
            if (key.startsWith(section + ".")) {
                keys.put(key, new ConfigurationKey(key, value, isRead(application, key)));
            }
        });
        Matcher read = Pattern.compile("\"(" + Pattern.quote(section) + "\\.[a-z0-9.-]+)\"").matcher(application);
        while (read.find()) {
            keys.putIfAbsent(read.group(1), new ConfigurationKey(read.group(1), null, true));
        }
        return List.copyOf(keys.values());
    }

    private static boolean isRead(String application, String key) {
        return application.contains("\"" + key + "\"");
    }

    /**
     * The leaf keys of a YAML file of nested maps, dotted ({@code social-care.child-population}), with their values as
     * written. Enough for {@code application.yaml}: block maps, scalar and flow-list values, comments; a block list
     * ({@code - id: ...} items) is one key whose value is "(a list of n)".
     */
    static Map<String, String> readYaml(Path file) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return keys;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deque<int[]> indents = new ArrayDeque<>();
        Deque<String> path = new ArrayDeque<>();
        Pattern entry = Pattern.compile("^( *)([A-Za-z0-9_.-]+):\\s*(.*)$");
        String list = null;
        int listIndent = -1;
        int items = 0;
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int lineIndent = line.length() - line.stripLeading().length();
            if (list != null && lineIndent > listIndent) {
                if (line.stripLeading().startsWith("- ") || line.strip().equals("-")) {
                    items++;
                }
                keys.put(list, "(a list of " + items + ")");
                continue;
            }
            list = null;
            if (line.stripLeading().startsWith("- ") && !path.isEmpty()) {
                // the first item of a block list under the key just opened: the key is a leaf
                list = String.join(".", new ArrayList<>(path).reversed());
                listIndent = indents.peek()[0];
                items = 1;
                indents.pop();
                path.pop();
                keys.put(list, "(a list of 1)");
                continue;
            }
            Matcher m = entry.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int indent = m.group(1).length();
            while (!indents.isEmpty() && indents.peek()[0] >= indent) {
                indents.pop();
                path.pop();
            }
            String value = withoutComment(m.group(3)).strip();
            String key = Stream.concat(new ArrayList<>(path).reversed().stream(), Stream.of(m.group(2)))
                    .collect(Collectors.joining("."));
            if (value.isEmpty()) {
                indents.push(new int[] {indent});
                path.push(m.group(2));
            } else {
                keys.put(key, value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                        ? value.substring(1, value.length() - 1) : value);
            }
        }
        return keys;
    }

    private static String withoutComment(String value) {
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '#' && !quoted && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    private static String readSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            StringBuilder text = new StringBuilder();
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                text.append(Files.readString(p)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- written out

    static String markdown(Canvas c) {
        StringBuilder md = new StringBuilder();
        md.append("# Canvas: ").append(c.name()).append(" (`").append(c.context()).append("`)\n\n");
        md.append("Generated from the code by `architecture-tests` (`Canvases`); nothing here is kept by hand.\n\n");
        md.append("## Capabilities\n\n").append(list(c.capabilities(), s -> "`" + s + "`"));
        md.append("## Aggregates (changed under optimistic locking)\n\n").append(list(c.aggregates(), s -> "`" + s + "`"));
        md.append("## Use cases (api interfaces it implements)\n\n");
        md.append(c.useCases().isEmpty() ? "None.\n\n" : c.useCases().stream()
                .map(u -> "- `" + u.api() + "`\n" + u.methods().stream().map(m -> "  - `" + m + "`\n")
                        .collect(Collectors.joining())).collect(Collectors.joining()) + "\n");
        if (!c.requiredOfOthers().isEmpty()) {
            md.append("## Ports of its api that other contexts implement\n\n").append(c.requiredOfOthers().stream()
                    .map(u -> "- `" + u.api() + "`\n" + u.methods().stream().map(m -> "  - `" + m + "`\n")
                            .collect(Collectors.joining())).collect(Collectors.joining())).append('\n');
        }
        md.append("## Query ports (other contexts may ask)\n\n");
        md.append(c.queryPorts().isEmpty() ? "None.\n\n" : c.queryPorts().stream()
                .map(q -> "- `" + q.api() + "`" + (q.purpose().isBlank() ? "" : ": " + q.purpose()) + "\n"
                        + q.methods().stream().map(m -> "  - `" + m + "`\n").collect(Collectors.joining()))
                .collect(Collectors.joining()) + "\n");
        md.append("## Events published\n\n").append(list(c.published(), e -> "`" + e.name() + "` v" + e.version()
                + " (`" + e.type() + "`)" + (e.by().isEmpty() ? "" : ", made by " + String.join(", ", e.by()))));
        md.append("## Events consumed\n\n").append(list(c.consumed(), e -> "`" + e.name() + "` v" + e.version()
                + " (`" + e.type() + "`), by " + String.join(", ", e.by())));
        md.append("## Personal data in its published types (tagged @Sensitive)\n\n").append(list(c.sensitive(),
                f -> "`" + f.type() + "." + f.field() + "`" + (f.categories().isEmpty() ? ""
                        : ": " + String.join(", ", f.categories()).toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
        md.append("## Tables (schema `").append(c.schema()).append("`)\n\n").append(list(c.tables(), t -> "`" + t + "`"));
        md.append("## Configuration keys\n\n").append(list(c.configuration(), k -> "`" + k.key() + "`"
                + (k.value() == null ? "" : " = `" + k.value() + "`")
                + (k.read() ? "" : " (in application.yaml, read by no code of the application)")));
        md.append("## Measures provided to governance\n\n").append(list(c.measures(), m -> "`" + m.key() + "` ("
                + String.join(", ", m.computedBy()) + ")"));
        return md.toString();
    }

    private static <T> String list(Collection<T> items, java.util.function.Function<T, String> line) {
        return items.isEmpty() ? "None.\n\n"
                : items.stream().map(i -> "- " + line.apply(i) + "\n").collect(Collectors.joining()) + "\n";
    }

    /** The canvas as a page of its own: the markdown's content, escaped, in the report's style. */
    static String html(Canvas c) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Canvas: ")
                .append(esc(c.name())).append("</title><style>body{font-family:sans-serif;margin:2em;max-width:80em}"
                        + "code{font-size:.9em}</style></head><body>\n");
        boolean inList = false;
        boolean inSub = false;
        for (String line : markdown(c).split("\n")) {
            if (line.startsWith("  - ")) {
                if (!inSub) {
                    h.append("<ul>");
                    inSub = true;
                }
                h.append("<li>").append(inline(line.substring(4))).append("</li>");
                continue;
            }
            if (inSub) {
                h.append("</ul>");
                inSub = false;
            }
            if (line.startsWith("- ")) {
                if (!inList) {
                    h.append("<ul>");
                    inList = true;
                }
                h.append("<li>").append(inline(line.substring(2)));
                continue;
            }
            if (inList) {
                h.append("</ul>\n");
                inList = false;
            }
            if (line.startsWith("## ")) {
                h.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("# ")) {
                h.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
            } else if (!line.isBlank()) {
                h.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inSub) {
            h.append("</ul>");
        }
        if (inList) {
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String inline(String text) {
        return esc(text).replaceAll("`([^`]*)`", "<code>$1</code>");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes each canvas as {@code canvases/<context>.md} and {@code .html} below {@code directory}. */
    static void write(List<Canvas> canvases, Path directory) {
        try {
            Files.createDirectories(directory.resolve("canvases"));
            for (Canvas c : canvases) {
                Files.writeString(directory.resolve(c.file("md")), markdown(c));
                Files.writeString(directory.resolve(c.file("html")), html(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
