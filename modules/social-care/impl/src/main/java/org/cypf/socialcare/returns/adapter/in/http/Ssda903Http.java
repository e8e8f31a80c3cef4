package org.cypf.socialcare.returns.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.caller;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.cypf.socialcare.api.returns.Ssda903Returns;

/**
 * The SSDA903 return over HTTP, mounted at {@value #PATH}: {@code GET /ssda903/{year}} answers the year's CSV files
 * in a ZIP; {@code POST /ssda903/{year}} reads them back, sent as a ZIP ({@code application/zip}), as a
 * {@code multipart/form-data} body with one CSV (or ZIP) per part, or as one {@code text/csv} file.
 */
public final class Ssda903Http implements HttpService {
    public static final String PATH = "/returns";
    /** A body larger than this is refused before it is read further. */
    static final int MAX_BODY = 50 * 1024 * 1024;
    /** The most a ZIP may unpack to, and the most files it may hold (a guard against ZIP bombs). */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    static final int MAX_FILES = 50;

    private final Ssda903Returns returns;

    public Ssda903Http(Ssda903Returns returns) {
        this.returns = returns;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/ssda903/{year}", this::export)
                .post("/ssda903/{year}", this::importFiles);
    }

    private void export(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        int year = RequestParameters.path(req, "year", Integer::parseInt);
        Ssda903Return ret = returns.exportReturn(caller, year);
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "application/zip");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"ssda903-" + year + "-"
                + String.format("%02d", (year + 1) % 100) + ".zip\"");
        res.send(zip(ret.files()));
    }

    private void importFiles(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        int year = RequestParameters.path(req, "year", Integer::parseInt);
        String type = req.headers().contentType().map(t -> t.mediaType().text().toLowerCase(Locale.ROOT)).orElse("");
        byte[] body = body(req);
        List<CsvFile> files;
        if (type.equals("multipart/form-data")) {
            String boundary = req.headers().contentType().flatMap(t -> t.parameters().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("boundary")).map(e -> e.getValue()).findFirst())
                    .orElseThrow(() -> InvalidInput.of("$", "a multipart body needs its boundary"));
            files = multipart(body, boundary);
        } else if (type.contains("zip") || type.equals("application/octet-stream")) {
            files = unzip(body);
        } else if (type.equals("text/csv")) {
            files = List.of(new CsvFile("upload.csv", new String(body, StandardCharsets.UTF_8)));
        } else {
            throw InvalidInput.of("$", "send the files as application/zip, multipart/form-data or text/csv");
        }
        JsonBodies.ok(res, returns.importReturn(caller, year, files));
    }

    private static byte[] body(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw InvalidInput.of("$", "is larger than " + MAX_BODY / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in a ZIP, UTF-8 CSV text each; folders are ignored and a file is named by its own name only. */
    static List<CsvFile> unzip(byte[] zip) {
        List<CsvFile> files = new ArrayList<>();
        long unpacked = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || baseName(entry.getName()).startsWith(".")) {
                    continue;
                }
                if (files.size() == MAX_FILES) {
                    throw InvalidInput.of("$", "holds more than " + MAX_FILES + " files");
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED - unpacked + 1));
                unpacked += content.length;
                if (unpacked > MAX_UNPACKED) {
                    throw InvalidInput.of("$", "unpacks to more than " + MAX_UNPACKED / 1024 / 1024 + " MB");
                }
                files.add(new CsvFile(baseName(entry.getName()), new String(content, StandardCharsets.UTF_8)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("$", "is not a readable ZIP file");
        }
        if (files.isEmpty()) {
            throw InvalidInput.of("$", "is not a ZIP file holding the return's CSV files");
        }
        return files;
    }

    static byte[] zip(List<CsvFile> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CsvFile f : files) {
                var entry = new ZipEntry(f.name());
                entry.setTime(0); // the same records give the same bytes
                zip.putNextEntry(entry);
                zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The parts of a multipart/form-data body: a part named *.zip (or sent as a ZIP) is unpacked; any other is a CSV file. */
    static List<CsvFile> multipart(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<CsvFile> files = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // the closing delimiter
            }
            start = skipLineEnd(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw InvalidInput.of("$", "the multipart body is not closed");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            byte[] sep = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            int headersEnd = indexOf(body, sep, start);
            int contentStart = headersEnd + 4;
            if (headersEnd < 0 || headersEnd > end) {
                sep = "\n\n".getBytes(StandardCharsets.ISO_8859_1);
                headersEnd = indexOf(body, sep, start);
                contentStart = headersEnd + 2;
            }
            if (headersEnd < 0 || headersEnd > end) {
                throw InvalidInput.of("$", "a part of the multipart body has no headers");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            String name = filename(headers);
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, Math.max(contentStart, end));
            boolean zipped = name.toLowerCase(Locale.ROOT).endsWith(".zip")
                    || headers.toLowerCase(Locale.ROOT).contains("content-type: application/zip");
            if (zipped) {
                files.addAll(unzip(content));
            } else {
                files.add(new CsvFile(name, new String(content, StandardCharsets.UTF_8)));
            }
            at = next;
        }
        if (files.isEmpty()) {
            throw InvalidInput.of("$", "the multipart body holds no files");
        }
        return files;
    }

    private static String filename(String headers) {
        for (String line : headers.split("\r?\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                for (String key : new String[] {"filename=\"", "name=\""}) {
                    int i = line.indexOf(key);
                    if (i >= 0) {
                        int j = line.indexOf('"', i + key.length());
                        if (j > i) {
                            return baseName(line.substring(i + key.length(), j));
                        }
                    }
                }
            }
        }
        return "part.csv";
    }

    private static String baseName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static int skipLineEnd(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
