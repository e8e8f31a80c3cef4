package org.cypf.db.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cypf.db.DatabaseMigrations;
import org.cypf.db.EmbeddedPostgresServer;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Build tool, not product: generates one context's jOOQ classes from the migrations, against a real
 * PostgreSQL (embedded), so the migrations are the single source of truth for table and column names.
 *
 * <p>Usage: {@code GenerateJooq <schema> <package> <target-directory>}. Skips the work when the migrations,
 * schema and package are unchanged since the last run (a hash is kept in the target directory).
 */
public final class GenerateJooq {
    private static final String HASH_FILE = ".cypf-migrations.sha256";

    private GenerateJooq() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateJooq <schema> <package> <target-directory>");
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String schema = args[0];
        String packageName = args[1];
        Path target = Path.of(args[2]);
        String hash = migrationsHash(schema + "|" + packageName);
        Path hashFile = target.resolve(HASH_FILE);
        if (Files.exists(hashFile) && Files.readString(hashFile).equals(hash)) {
            System.out.println("jOOQ classes for " + schema + " are up to date");
            return;
        }
        try (var server = EmbeddedPostgresServer.startEphemeral()) {
            String url = server.jdbcUrl("postgres");
            new DatabaseMigrations(url, EmbeddedPostgresServer.SUPERUSER, "").migrate();
            GenerationTool.generate(new Configuration()
                    .withLogging(Logging.WARN)
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                            .withUser(EmbeddedPostgresServer.SUPERUSER).withPassword(""))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema(schema)
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate().withJavaTimeTypes(true).withRecords(true)
                                    .withPojos(false).withDaos(false).withGeneratedAnnotation(false))
                            .withTarget(new Target().withPackageName(packageName)
                                    .withDirectory(target.toString()).withClean(true))));
        }
        Files.writeString(hashFile, hash);
        System.out.println("generated jOOQ classes for " + schema + " into " + packageName);
    }

    /** SHA-256 over every migration file on the classpath (names and contents) plus {@code salt}. */
    private static String migrationsHash(String salt) throws IOException, URISyntaxException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(salt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        URL root = GenerateJooq.class.getClassLoader().getResource("db/migration");
        if (root == null) {
            throw new IllegalStateException("no db/migration on the classpath");
        }
        FileSystem jar = root.getProtocol().equals("jar") ? FileSystems.newFileSystem(root.toURI(), Map.of()) : null;
        try {
            Path dir = jar == null ? Path.of(root.toURI()) : jar.getPath("/db/migration");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
