package org.cypf.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;
import org.cypf.platform.http.JsonSchemas;
import org.yaml.snakeyaml.Yaml;

/**
 * CYPF's published contracts (ADR 0100): the OpenAPI document it serves and a JSON Schema per integration event it
 * publishes, as built now and as released. A release is a folder {@code docs/contracts/released/<version>/} holding
 * {@code openapi.yaml} and {@code events/<event name>.v<event version>.schema.json}; the last release is the highest
 * version. The schemas as built now are written to {@code modules/app/target/contracts/} so that making a release is
 * copying that folder.
 */
final class PublishedContracts {
    private static final Pattern EVENT_CLASS = Pattern.compile("org/cypf/[a-z]+/api/event/[A-Za-z0-9]+\\.class");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PublishedContracts() {}

    /** The repository's {@code docs/contracts} folder, found above the working directory. */
    static Path contracts() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/contracts/released"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("docs/contracts/released not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/contracts");
    }

    /** The folder of the last release: the highest version, compared number by number ({@code 1.10} after {@code 1.9}). */
    static Path lastRelease() {
        try (Stream<Path> releases = Files.list(contracts().resolve("released"))) {
            return releases.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.getFileName().toString(), PublishedContracts::compareVersions))
                    .orElseThrow(() -> new AssertionError("no release under docs/contracts/released"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yamlResource(String resource) {
        try (InputStream in = PublishedContracts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) {
        try {
            return JSON.readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of an event's schema: {@code <name>.v<version>.schema.json}. */
    static String schemaFile(PublishedEvent event) {
        return event.name() + ".v" + event.version() + ".schema.json";
    }

    /** The JSON Schema (2020-12) of what CYPF writes for an event, from its api record. */
    static Map<String, Object> eventSchema(Class<?> type) {
        PublishedEvent event = type.getAnnotation(PublishedEvent.class);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "urn:cypf:event:" + event.name() + ":" + event.version());
        schema.put("title", event.name());
        schema.put("x-cypf-event-version", event.version());
        schema.put("x-cypf-java-type", type.getName());
        schema.putAll(new TreeMap<>(JsonSchemas.response(type)));
        // Every field is always written, a null one as null (the events' JSON leaves out no field): each is required.
        schema.put("required", List.copyOf(ContractCompatibility.map(schema.get("properties")).keySet()));
        return schema;
    }

    /** Every integration event type of the contexts on the class path, by wire name and version. */
    static Map<String, Class<?>> events() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = PublishedContracts.class.getClassLoader().getResources("org/cypf");
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                        jar.stream().map(JarEntry::getName).filter(n -> EVENT_CLASS.matcher(n).matches())
                                .forEach(names::add);
                    }
                } else {
                    Path base = Path.of(root.toURI()).getParent().getParent();
                    try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                        files.map(f -> base.relativize(f).toString().replace('\\', '/'))
                                .filter(n -> EVENT_CLASS.matcher(n).matches()).forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Class<?>> events = new TreeMap<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            PublishedEvent event = type.getAnnotation(PublishedEvent.class);
            if (event != null && IntegrationEvent.class.isAssignableFrom(type)) {
                events.put(schemaFile(event), type);
            }
        }
        return events;
    }

    /** Writes the contracts as built now under {@code target/contracts}; answers the folder. */
    static Path writeCurrent() {
        Path out = Path.of("target/contracts").toAbsolutePath();
        try {
            Files.createDirectories(out.resolve("events"));
            try (InputStream in = PublishedContracts.class.getResourceAsStream("/META-INF/openapi.yaml")) {
                Files.write(out.resolve("openapi.yaml"), in.readAllBytes());
            }
            for (Map.Entry<String, Class<?>> e : events().entrySet()) {
                Files.writeString(out.resolve("events").resolve(e.getKey()),
                        JSON.writeValueAsString(eventSchema(e.getValue())) + "\n");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
