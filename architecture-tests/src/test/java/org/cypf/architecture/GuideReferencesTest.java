package org.cypf.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guides and the architecture documents name only what exists (issue 7: hand-kept tables went stale). In every
 * {@code docs/guides/*.md} and {@code docs/architecture/*.md}, each inline code span ({@code `...`}) that names
 * <ul>
 *   <li>a Java type ({@code ChildrenLookedAfter}, {@code lookedafter.port.PeriodsOfCare}, {@code org.cypf.kernel.change.Changed})
 *       must name a class, interface, record, enum or annotation of the repository's Java sources (main or test), and
 *       a member after it ({@code RecordChanges.change}) must be declared in that type or a type it extends;</li>
 *   <li>a route ({@code /social-care/periods-of-care/{periodId}}, {@code POST /social-care/contacts}) must be a path the
 *       application serves, or the prefix of one: the paths of the OpenAPI document, which {@code OpenApiContractTest}
 *       proves are exactly the routes the code declares, and the routes the platform adds itself;</li>
 *   <li>a repository file or folder ({@code modules/social-care/impl/src/main/java/...}, {@code docs/adr/0013-...md}) must
 *       exist, as must the target of every relative markdown link.</li>
 * </ul>
 * Spans with placeholders ({@code <capability>}, {@code {domain,application}}, {@code ...}) name a shape, not a thing,
 * and build output ({@code target/}) does not exist before a build; neither is checked.
 */
class GuideReferencesTest {

    static final Path ROOT = Rules.locate("docs/guides").getParent().getParent();

    /** The documents checked. */
    static List<Path> documents() {
        List<Path> docs = new ArrayList<>();
        for (String folder : List.of("docs/guides", "docs/architecture")) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    // ------------------------------------------------------------------------------------------- the code's names

    /** A type declared in the sources: its qualified name (nested types dotted), its file, its supertypes' simple names. */
    record Declared(String qualifiedName, Path file, Set<String> supertypes) {}

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)\\.([A-Z]\\w*);");
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)(?:<[^{]*?>)?(?:\\s*\\([^)]*\\))?([^{;]*)\\{");

    static final class CodeIndex {
        final Map<String, List<Declared>> bySimpleName = new HashMap<>();
        final List<String> qualifiedNames = new ArrayList<>();
        /** Library types the sources import, by simple name: {@code WebServer} is {@code io.helidon.webserver.WebServer}. */
        final Map<String, Set<String>> imported = new HashMap<>();
        /** Every file and folder of the repository (not build output), relative to its root, with {@code /}. */
        final List<String> files = new ArrayList<>();

        static CodeIndex of(Path root) {
            CodeIndex index = new CodeIndex();
            try (Stream<Path> all = Files.walk(root)) {
                all.forEach(f -> {
                    String path = root.relativize(f).toString().replace('\\', '/');
                    if (path.startsWith(".git/") || path.contains("/.git/")) {
                        return;
                    }
                    boolean built = path.contains("target/");
                    if (!built) {
                        index.files.add(path);
                    }
                    // the generated jOOQ classes are named in the documents as the code names them (Tables.CHILD)
                    if (path.endsWith(".java") && (!built || path.contains("/target/generated-sources/"))) {
                        index.read(f);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return index;
        }

        /** True if {@code path} is a file or folder of the repository, from its root or as the tail of one. */
        boolean exists(String path) {
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return files.contains(p) || files.stream().anyMatch(f -> f.endsWith("/" + p));
        }

        /** A library type the sources import, or a JDK type given by its full name, loaded to check its members. */
        Optional<Class<?>> library(String dottedType) {
            List<String> candidates = new ArrayList<>(dottedType.contains(".") ? List.of(dottedType) : List.of());
            candidates.addAll(imported.getOrDefault(dottedType, Set.of()));
            for (String name : candidates) {
                try {
                    return Optional.of(Class.forName(name, false, GuideReferencesTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // not on this module's class path; the import alone shows the name is real
                }
            }
            return candidates.isEmpty() || !imported.containsKey(dottedType) ? Optional.empty() : Optional.of(Object.class);
        }

        private void read(Path file) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher i = IMPORT.matcher(text);
            while (i.find()) {
                imported.computeIfAbsent(i.group(2), n -> new HashSet<>()).add(i.group(1) + "." + i.group(2));
            }
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "";
            String top = file.getFileName().toString().replace(".java", "");
            Matcher d = DECLARATION.matcher(withoutCommentsAndStrings(text));
            while (d.find()) {
                String simple = d.group(1);
                String qualified = pkg + "." + (simple.equals(top) ? top : top + "." + simple);
                Set<String> supertypes = new HashSet<>();
                Matcher names = Pattern.compile("\\b([A-Z]\\w*)").matcher(d.group(2).replaceAll("<[^>]*>", ""));
                while (names.find()) {
                    supertypes.add(names.group(1));
                }
                bySimpleName.computeIfAbsent(simple, s -> new ArrayList<>()).add(new Declared(qualified, file, supertypes));
                qualifiedNames.add(qualified);
            }
        }

        /** The types a name in a document may mean: by simple name, or by a dotted tail of the qualified name. */
        List<Declared> resolve(String dottedType) {
            String simple = dottedType.substring(dottedType.lastIndexOf('.') + 1);
            return bySimpleName.getOrDefault(simple, List.of()).stream()
                    .filter(t -> t.qualifiedName().equals(dottedType) || t.qualifiedName().endsWith("." + dottedType))
                    .toList();
        }

        /** True if {@code member} is declared in the type or a type it extends or implements (found by simple name). */
        boolean declares(Declared type, String member, Set<String> seen) {
            if (!seen.add(type.qualifiedName())) {
                return false;
            }
            try {
                String text = withoutCommentsAndStrings(Files.readString(type.file()));
                if (Pattern.compile("\\b" + Pattern.quote(member) + "\\b\\s*(\\(|[=;,)])").matcher(text).find()
                        || Pattern.compile("\\b(?:record|enum)\\s+" + type.qualifiedName()
                        .substring(type.qualifiedName().lastIndexOf('.') + 1) + "\\b[^{]*\\b" + Pattern.quote(member) + "\\b")
                        .matcher(text).find()) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String supertype : type.supertypes()) {
                for (Declared s : bySimpleName.getOrDefault(supertype, List.of())) {
                    if (declares(s, member, seen)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String withoutCommentsAndStrings(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    // ------------------------------------------------------------------------------------------- the routes

    /**
     * The routes the application serves: the paths of its OpenAPI document, and those of the Helidon features it adds
     * itself, read from its source ({@code OpenApiFeature} serves {@code /openapi}; each {@code XxxObserver} of its
     * {@code ObserveFeature}, {@code /observe/xxx}).
     */
    static Set<String> servedRoutes() {
        Set<String> routes = new LinkedHashSet<>();
        try {
            String application = Files.readString(ROOT.resolve("modules/app/src/main/java/org/cypf/app/CypfApplication.java"));
            if (application.contains("OpenApiFeature.builder()")) {
                routes.add("/openapi");
            }
            Matcher observer = Pattern.compile("\\b([A-Z][a-z]+)Observer\\.(?:builder|create)\\(").matcher(application);
            while (observer.find()) {
                routes.add("/observe/" + observer.group(1).toLowerCase(java.util.Locale.ROOT));
            }
            boolean inPaths = false;
            for (String line : Files.readAllLines(ROOT.resolve("modules/app/src/main/resources/META-INF/openapi.yaml"))) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                } else if (inPaths && line.matches("^  /\\S*:\\s*$")) {
                    routes.add(normalRoute(line.strip().substring(0, line.strip().length() - 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    /** Path parameters, whatever their names or brackets, as {@code {}}; no query, no trailing slash. */
    static String normalRoute(String path) {
        String p = path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}").replaceAll("<[^>]*>", "{}")
                .replaceAll(":[a-zA-Z]+", "{}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static boolean isServed(String route, Set<String> served) {
        String r = normalRoute(route);
        return served.stream().anyMatch(s -> matches(s, r) || (s.startsWith(r) || matchesPrefix(s, r)));
    }

    private static boolean matches(String served, String route) {
        String[] a = served.split("/", -1);
        String[] b = route.split("/", -1);
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && !a[i].equals("{}") && !b[i].equals("{}")) {
                return false;
            }
        }
        return true;
    }

    /** {@code route} is the first segments of {@code served}: a group of routes, such as {@code /social-care/contacts}. */
    private static boolean matchesPrefix(String served, String route) {
        String[] a = served.split("/", -1);
        String[] b = route.split("/", -1);
        if (b.length > a.length) {
            return false;
        }
        String[] head = java.util.Arrays.copyOf(a, b.length);
        return matches(String.join("/", head), route);
    }

    // ------------------------------------------------------------------------------------------- the documents

    /** What one inline code span or link names, where. */
    record Reference(Path document, int line, String text) {
        @Override
        public String toString() {
            return ROOT.relativize(document) + ":" + line + " `" + text + "`";
        }
    }

    private static final Pattern SPAN = Pattern.compile("(?<!`)`([^`\\n]+)`(?!`)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern ROUTE = Pattern.compile("^(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\\s+)?(/[A-Za-z0-9{}<>_./:-]*[a-z}>])$");
    private static final Pattern FILE = Pattern.compile("^(?:modules|docs|db|architecture-tests|\\.mvn)/[\\w./@-]*$"
            + "|^\\.\\./[\\w./@-]*$|^[\\w./-]*/[\\w.-]+\\.(?:java|md|sql|yaml|yml|puml|xml|csv|json|properties)$"
            + "|^[\\w-]+\\.(?:java|md|sql|yaml|yml|puml|properties)$");

    /**
     * The documents of a national file format, whose bare CamelCase names ({@code ReasonForClosure}, {@code SerialNo})
     * are the format's element names, many of them named because CYPF does not write them: in these, only dotted names,
     * routes and files are checked.
     */
    static final Set<String> FORMAT_DOCUMENTS = Set.of("integrators-cin-census.md", "integrators-ssda903.md");
    private static final Pattern TYPE = Pattern.compile(
            "^((?:[a-z][a-z0-9_]*\\.)*)([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z0-9]+(?=[.#]))((?:[.#][A-Za-z_]\\w*)*)(\\(.*\\))?$");

    /** Every inline code span of {@code document}, outside fenced blocks, with its line. */
    static List<Reference> spans(Path document) {
        List<Reference> spans = new ArrayList<>();
        boolean fenced = false;
        List<String> lines = read(document);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher m = SPAN.matcher(line);
            while (m.find()) {
                spans.add(new Reference(document, i + 1, m.group(1).strip()));
            }
        }
        return spans;
    }

    static List<Reference> links(Path document) {
        List<Reference> links = new ArrayList<>();
        List<String> lines = read(document);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINK.matcher(lines.get(i));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !target.startsWith("#") && !target.startsWith("mailto:")) {
                    links.add(new Reference(document, i + 1, target.replaceAll("#.*$", "")));
                }
            }
        }
        return links;
    }

    private static List<String> read(Path document) {
        try {
            return Files.readAllLines(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isShape(String text) {
        return text.contains("<") || text.contains("...") || text.contains("..") && !text.startsWith("../")
                || text.contains("*") || text.contains("{") && !text.startsWith("/") && !ROUTE.matcher(text).matches()
                || text.contains("/target/") || text.startsWith("target/") || text.contains(" (yours)");
    }

    /** What is wrong with the span, or empty if it names nothing checked or names what exists. */
    static Optional<String> problem(Reference span, CodeIndex code, Set<String> routes) {
        String text = span.text();
        Matcher route = ROUTE.matcher(text);
        if (route.matches()) {
            return isServed(route.group(1), routes) ? Optional.empty()
                    : Optional.of(span + " names a route the application does not serve");
        }
        if (isShape(text)) {
            return Optional.empty();
        }
        if (FILE.matcher(text).matches() && !TYPE.matcher(text).matches()) {
            boolean exists = text.startsWith("../") ? Files.exists(span.document().getParent().resolve(text).normalize())
                    : Files.exists(span.document().getParent().resolve(text)) || code.exists(text);
            return exists ? Optional.empty() : Optional.of(span + " names a file that does not exist");
        }
        Matcher type = TYPE.matcher(text);
        if (type.matches() && !text.startsWith("Xxx")) {
            String dotted = type.group(1) + type.group(2);
            boolean bare = type.group(1).isEmpty() && type.group(3).isEmpty() && type.group(4) == null;
            if (bare && FORMAT_DOCUMENTS.contains(span.document().getFileName().toString())) {
                return Optional.empty();
            }
            List<Declared> found = code.resolve(dotted);
            if (found.isEmpty()) {
                Optional<Class<?>> library = code.library(dotted);
                if (library.isEmpty()) {
                    return Optional.of(span + " names a type that no source declares or imports");
                }
                String member = type.group(3).isEmpty() ? null : type.group(3).substring(1).split("[.#]")[0];
                if (member != null && library.get() != Object.class && Stream.concat(
                                Stream.of(library.get().getMethods()).map(java.lang.reflect.Method::getName),
                                Stream.of(library.get().getFields()).map(java.lang.reflect.Field::getName))
                        .noneMatch(member::equals)) {
                    return Optional.of(span + " names a member " + member + " that " + dotted + " does not have");
                }
                return Optional.empty();
            }
            // Nested types are dotted too: take the segments that are types, then the first member after them.
            List<String> rest = new ArrayList<>(List.of(type.group(3).split("[.#]")));
            rest.removeIf(String::isEmpty);
            while (!rest.isEmpty() && Character.isUpperCase(rest.getFirst().charAt(0))
                    && !rest.getFirst().equals(rest.getFirst().toUpperCase(java.util.Locale.ROOT))) {
                String nested = dotted + "." + rest.removeFirst();
                List<Declared> inner = code.resolve(nested);
                if (inner.isEmpty()) {
                    return Optional.of(span + " names a nested type that " + dotted + " does not declare");
                }
                dotted = nested;
                found = inner;
            }
            if (!rest.isEmpty()) {
                String member = rest.getFirst();
                boolean declared = found.stream().anyMatch(t -> code.declares(t, member, new HashSet<>()));
                if (!declared) {
                    return Optional.of(span + " names a member " + member + " that " + dotted + " does not declare");
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> linkProblem(Reference link) {
        Path target = link.document().getParent().resolve(link.text()).normalize();
        return link.text().isEmpty() || Files.exists(target) ? Optional.empty()
                : Optional.of(link + " links to a file that does not exist");
    }

    // ------------------------------------------------------------------------------------------- the tests

    @TestFactory
    @DisplayName("Every class, member, route and file a guide or architecture document names exists")
    Stream<DynamicTest> everyReferenceExists() {
        CodeIndex code = CodeIndex.of(ROOT);
        Set<String> routes = servedRoutes();
        return documents().stream().map(doc -> dynamicTest(ROOT.relativize(doc).toString(), () -> {
            List<String> problems = new ArrayList<>();
            spans(doc).forEach(s -> problem(s, code, routes).ifPresent(problems::add));
            links(doc).forEach(l -> linkProblem(l).ifPresent(problems::add));
            assertEquals(List.of(), problems, "stale references in " + ROOT.relativize(doc));
        }));
    }

    @Test
    @DisplayName("The check itself finds a stale class, member, route and file, and accepts real ones")
    void theCheckRejectsWhatDoesNotExist() {
        CodeIndex code = CodeIndex.of(ROOT);
        Set<String> routes = servedRoutes();
        Path doc = ROOT.resolve("docs/guides/developers-add-a-use-case.md");
        java.util.function.Function<String, Optional<String>> check = text -> problem(new Reference(doc, 1, text), code, routes);

        assertTrue(check.apply("PeriodOfCareNoSuchThing").isPresent());
        assertTrue(check.apply("ChildrenLookedAfter.noSuchUseCase").isPresent());
        assertTrue(check.apply("lookedafter.port.NoSuchPort").isPresent());
        assertTrue(check.apply("protection.port.PeriodsOfCare").isPresent(), "the package tail must match too");
        assertTrue(check.apply("/social-care/no-such-route").isPresent());
        assertTrue(check.apply("POST /social-care/periods-of-care/{periodId}/nowhere").isPresent());
        assertTrue(check.apply("modules/social-care/impl/src/main/java/NoSuchFile.java").isPresent());
        assertTrue(linkProblem(new Reference(doc, 1, "../adr/9999-no-such-decision.md")).isPresent());
        assertTrue(check.apply("List.noSuchMethod").isPresent(), "a library type's members are checked too");
        assertTrue(check.apply("src/test/java/org/cypf/socialcare/NoSuchDouble.java").isPresent());

        assertFalse(check.apply("ChildrenLookedAfter.changeEpisode").isPresent());
        assertFalse(check.apply("lookedafter.port.PeriodsOfCare").isPresent());
        assertFalse(check.apply("org.cypf.kernel.change.RecordChanges").isPresent());
        assertFalse(check.apply("RecordChanges.change").isPresent());
        assertFalse(check.apply("POST /social-care/periods-of-care/{id}/episodes").isPresent());
        assertFalse(check.apply("/social-care/child-protection").isPresent(), "a group of routes");
        assertFalse(check.apply("db/migrations/src/main/resources/db/migration/social_care/").isPresent());
        assertFalse(linkProblem(new Reference(doc, 1, "../adr/0013-capability-first-packages.md")).isPresent());
        assertFalse(check.apply("List.copyOf").isPresent());
        assertFalse(check.apply("src/test/java/org/cypf/socialcare/SocialCareFixture.java").isPresent(), "a module's path");
        assertFalse(check.apply("/observe/health").isPresent(), "a route the platform's features serve");
    }

    // ------------------------------------------------------------------------------------------- hand-kept lists

    private static String document(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("The context map and the integrators' guide name every event the code publishes")
    void everyPublishedEventIsDocumented() {
        var production = Evaluation.production();
        List<Canvases.Canvas> canvases = Canvases.derive(Rules.forCode(Evaluation.ROOT, production).layout(), production,
                Canvases.Sources.real());
        List<String> published = canvases.stream().flatMap(c -> c.published().stream()).map(Canvases.Event::name).toList();
        assertFalse(published.isEmpty());
        for (String doc : List.of("docs/architecture/context-map.md", "docs/guides/integrators-add-an-adapter.md")) {
            String text = document(doc);
            assertEquals(List.of(), published.stream().filter(name -> !text.contains("`" + name + "`")).toList(),
                    doc + " does not name these published events");
        }
    }

    @Test
    @DisplayName("database.md names every table of every context's schema")
    void everyTableIsInTheDatabaseDocument() {
        var production = Evaluation.production();
        String text = document("docs/architecture/database.md");
        List<String> missing = Canvases.derive(Rules.forCode(Evaluation.ROOT, production).layout(), production,
                        Canvases.Sources.real()).stream().flatMap(c -> c.tables().stream())
                .filter(t -> !text.contains("`" + t.substring(t.indexOf('.') + 1) + "`")).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("packages.md's table of capabilities names every capability found in the code")
    void everyCapabilityIsInThePackagesTable() {
        var production = Evaluation.production();
        Layout layout = Rules.forCode(Evaluation.ROOT, production).layout();
        String text = document("docs/architecture/packages.md");
        String table = text.substring(text.indexOf("## Capabilities per context"));
        List<String> missing = new ArrayList<>();
        // a row is "| social care | `frontdoor` | ...": the context in words ("education and skills" for education skills)
        List<String> rows = table.lines().map(l -> l.replace(" and ", " ")).toList();
        for (Canvases.Canvas c : Canvases.derive(layout, production, Canvases.Sources.real())) {
            c.capabilities().stream()
                    .filter(cap -> rows.stream().noneMatch(r -> r.startsWith("| " + c.name() + " | `" + cap + "` |")))
                    .forEach(cap -> missing.add(c.context() + "." + cap));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("The integrators' guide lists every key of application.yaml")
    void everyConfigurationKeyIsDocumented() {
        Map<String, String> keys = Canvases.readYaml(ROOT.resolve(Canvases.CONFIGURATION));
        assertFalse(keys.isEmpty());
        String guide = document("docs/guides/integrators-add-an-adapter.md");
        assertEquals(List.of(), keys.keySet().stream().filter(k -> !guide.contains("`" + k + "`")).toList());
    }
}
