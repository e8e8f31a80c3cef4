package org.cypf.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cypf.architecture.ArchitectureRule.Outcome;
import org.cypf.architecture.ArchitectureRule.Violation;

/**
 * DATA-03: the migration SQL of one schema names no other schema. The migrations live in one folder per schema
 * ({@code db/migration/<schema>/V..sql}); the schemas are the folders found there, so a new context's folder is checked
 * without editing a list. A reference is a qualified name ({@code education_skills.pupil}, quoted or not), a
 * {@code SCHEMA} clause ({@code create schema}, {@code grant ... in schema}) or a {@code search_path}. Comments are not
 * read. Role names ({@code cypf_social_care}) are not schema references and are allowed: a schema grants its own tables
 * to other roles, which is how the privilege model of ADR 0004 is built.
 */
final class MigrationCheck implements ArchitectureRule.Check {

    private final Path migrations;
    private final String description;

    MigrationCheck(Path migrations, String description) {
        this.migrations = migrations;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Outcome evaluate(JavaClasses ignored) {
        if (!Files.isDirectory(migrations)) {
            return Outcome.failure(Outcome.Status.ERROR, "SQL files", "The migrations were not found at " + migrations);
        }
        List<Path> schemas;
        try (Stream<Path> folders = Files.list(migrations)) {
            schemas = folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return Outcome.failure(Outcome.Status.ERROR, "SQL files", "Cannot list " + migrations + ": " + e);
        }
        List<String> names = schemas.stream().map(p -> p.getFileName().toString()).toList();
        int checked = 0;
        List<Violation> violations = new ArrayList<>();
        for (Path schema : schemas) {
            String own = schema.getFileName().toString();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(schema)) {
                files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            } catch (IOException e) {
                return Outcome.failure(Outcome.Status.ERROR, "SQL files", "Cannot list " + schema + ": " + e);
            }
            for (Path file : files) {
                checked++;
                List<String> lines;
                try {
                    lines = withoutComments(Files.readAllLines(file));
                } catch (IOException e) {
                    return Outcome.failure(Outcome.Status.ERROR, "SQL files", "Cannot read " + file + ": " + e);
                }
                for (String other : names) {
                    if (other.equals(own)) {
                        continue;
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        if (namesSchema(lines.get(i), other)) {
                            String relative = migrations.relativize(file).toString();
                            violations.add(new Violation(
                                    relative + ":" + (i + 1) + " names schema " + other + ": " + lines.get(i).strip(),
                                    "The migration " + file.getFileName() + " of " + own.replace('_', ' ')
                                            + " names " + Layout.possessive(other.replace('_', ' ')) + " schema (line "
                                            + (i + 1) + ": " + lines.get(i).strip() + ")",
                                    "(" + relative + ":" + (i + 1) + ")"));
                        }
                    }
                }
            }
        }
        if (checked == 0) {
            return Outcome.failure(Outcome.Status.CHECKED_NOTHING, "SQL files",
                    "No migration SQL file was found below " + migrations + ", so the rule proved nothing.");
        }
        return new Outcome(violations.isEmpty() ? Outcome.Status.PASSED : Outcome.Status.VIOLATED, checked, "SQL files",
                violations);
    }

    /** True if {@code line} refers to schema {@code schema}: a qualified name, a SCHEMA clause or a search path. */
    static boolean namesSchema(String line, String schema) {
        String s = Pattern.quote(schema);
        String name = "\"?" + s + "\"?";
        return Pattern.compile("(?i)(?<![\\w$\"])" + name + "\\s*\\.\\s*[\"a-z_]").matcher(line).find()
                || Pattern.compile("(?i)\\bschema\\s+(if\\s+(not\\s+)?exists\\s+)?" + name + "(?![\\w$])").matcher(line).find()
                || Pattern.compile("(?i)\\bsearch_path\\b[^;]*(?<![\\w$])" + name + "(?![\\w$])").matcher(line).find();
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** The lines with {@code -- ...} and {@code /* ... *\/} comments blanked, line numbers kept. */
    static List<String> withoutComments(List<String> lines) {
        String text = String.join("\n", lines);
        Matcher block = BLOCK_COMMENT.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (block.find()) {
            block.appendReplacement(kept, Matcher.quoteReplacement(block.group().replaceAll("[^\n]", " ")));
        }
        block.appendTail(kept);
        List<String> result = new ArrayList<>();
        for (String line : kept.toString().split("\n", -1)) {
            int dashes = line.indexOf("--");
            result.add(dashes < 0 ? line : line.substring(0, dashes));
        }
        return result;
    }
}
