package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The classes a source file imports. The compiler copies a constant ({@code static final String PREFIX = "/x"}) into
 * the class that uses it, so the compiled class no longer names the constant's owner and a rule over the compiled
 * classes cannot see that use; the source's imports still show it. Used by the rules that must see such uses.
 */
final class SourceImports {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;",
            Pattern.MULTILINE);

    private final List<Path> roots;

    SourceImports(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The Java source folders of the repository: every {@code src/main/java} and {@code architecture-tests/src/test/java}. */
    static SourceImports ofRepository() {
        Path repository = Rules.locate("docs/adr").getParent().getParent();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repository, 6)) {
            walk.filter(Files::isDirectory)
                    .filter(p -> p.endsWith(Path.of("src", "main", "java")) || p.endsWith(Path.of("src", "test", "java")))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .forEach(roots::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceImports(roots);
    }

    /** One import: the imported class's package and simple name, and the line it is on. */
    record Import(String packageName, String simpleName, int line) {
        String className() {
            return packageName + "." + simpleName;
        }
    }

    /** The classes {@code topLevel}'s source file imports (a static import counts as its class); empty if no source. */
    List<Import> of(JavaClass topLevel) {
        Optional<Path> source = sourceOf(topLevel);
        if (source.isEmpty()) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(source.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Import> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            boolean isStatic = m.group(1) != null;
            if (m.group(3) != null && !isStatic) {
                continue; // a package import names no class
            }
            String className = isStatic && m.group(3) == null ? name.substring(0, name.lastIndexOf('.')) : name;
            // a nested class or a static member: the owner is the part up to the first upper-case segment
            String[] parts = className.split("\\.");
            int owner = 0;
            while (owner < parts.length - 1 && !Character.isUpperCase(parts[owner].charAt(0))) {
                owner++;
            }
            String packageName = String.join(".", List.of(parts).subList(0, owner));
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            imports.add(new Import(packageName, parts[owner], line));
        }
        return imports;
    }

    private Optional<Path> sourceOf(JavaClass topLevel) {
        String file = topLevel.getSourceCodeLocation().getSourceFileName();
        if (file == null || file.isEmpty()) {
            file = topLevel.getSimpleName() + ".java";
        }
        Path relative = Path.of(topLevel.getPackageName().replace('.', '/')).resolve(file);
        return roots.stream().map(r -> r.resolve(relative)).filter(Files::isRegularFile).findFirst();
    }
}
