package org.cypf.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GOV.UK Frontend assets from its webjar (styles, fonts, images) and CYPF's own stylesheet, served from the
 * classpath under {@code /web/assets/}. The precompiled stylesheet names its fonts and images under {@code /assets/};
 * it is served with those references moved under {@code /web/assets/}.
 */
final class WebAssets {
    static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8", "woff2", "font/woff2",
            "woff", "font/woff", "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon", "json",
            "application/json");

    record Asset(byte[] bytes, String contentType) {}

    private final String root;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    WebAssets() {
        this.root = WEBJAR + version() + "/dist/govuk/";
    }

    /** The asset at {@code path} below /web/assets/, if there is one (never above the webjar's assets). */
    Optional<Asset> find(String path) {
        if (path.isEmpty() || path.contains("..") || path.contains("//") || path.startsWith("/") || path.contains("\\")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(path, this::load);
    }

    private Optional<Asset> load(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null) {
            return Optional.empty();
        }
        byte[] bytes = switch (path) {
            case "govuk-frontend.min.css" -> read(root + path)
                    .map(b -> new String(b, StandardCharsets.UTF_8).replace("url(/assets/", "url(/web/assets/")
                            .getBytes(StandardCharsets.UTF_8)).orElse(null);
            case "cypf.css" -> read("org/cypf/web/cypf.css").orElse(null);
            default -> read(root + "assets/" + path).orElse(null);
        };
        return Optional.ofNullable(bytes).map(b -> new Asset(b, type));
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven properties, so an upgrade of the webjar changes nothing here. */
    static String version() {
        try (InputStream in = WebAssets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the govuk-frontend webjar is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
