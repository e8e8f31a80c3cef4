package org.cypf.socialcare.returns.adapter.in.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.MultipartFiles;
import org.cypf.platform.http.RequestRefused;
import org.cypf.socialcare.api.returns.CsvFile;

/**
 * The CSV files of one SSDA903 upload, sent as a ZIP, as {@code multipart/form-data} (one CSV or ZIP a part) or as
 * one {@code text/csv} file, unpacked within <b>one budget per request</b>: every file's bytes, whether a part or a
 * ZIP entry, count against the same {@link Limits#maxUnpacked}, and every file against the same
 * {@link Limits#maxFiles}, however the files are packed. So neither a ZIP bomb nor many ZIPs each within the limit
 * can make the server hold more. Over a limit the upload is refused with 413 as soon as the limit is passed; an
 * unreadable one with 400. Nothing reaches the import either way.
 */
final class ReturnUpload {
    private static final long MIB = 1024 * 1024;

    /**
     * @param maxBodyMiB     the most the request's body may hold, in MiB
     * @param maxUnpackedMiB the most all its files together may hold once unpacked, in MiB
     * @param maxFiles       the most files (parts, and CSV files in ZIPs) it may hold together
     */
    record Limits(int maxBodyMiB, int maxUnpackedMiB, int maxFiles) {
        /** A large authority's return is a few MiB: these leave room for years of history in one import. */
        static final Limits STANDARD = new Limits(50, 200, 50);

        long maxBody() {
            return maxBodyMiB * MIB;
        }

        long maxUnpacked() {
            return maxUnpackedMiB * MIB;
        }

        /** ZIP entries read at most, folders and hidden files (a Mac's __MACOSX/._x.csv) included. */
        int maxEntries() {
            return maxFiles * 4;
        }
    }

    private final Limits limits;
    private final List<CsvFile> files = new ArrayList<>();
    private long unpacked;
    private int entries;

    private ReturnUpload(Limits limits) {
        this.limits = limits;
    }

    /** The request's files, by its content type; 400 for another type, or when it holds no file. */
    static List<CsvFile> read(ServerRequest req, Limits limits) {
        var upload = new ReturnUpload(limits);
        String type = req.headers().contentType().map(t -> t.mediaType().text().toLowerCase(Locale.ROOT)).orElse("");
        if (type.equals("multipart/form-data")) {
            var parts = new MultipartFiles.Limits(limits.maxFiles(), limits.maxBody(), limits.maxBody());
            for (MultipartFiles.FilePart part : MultipartFiles.read(req, parts)) {
                String name = part.fileName() != null ? part.fileName() : part.name();
                boolean zipped = name.toLowerCase(Locale.ROOT).endsWith(".zip") || (part.contentType() != null
                        && part.contentType().toLowerCase(Locale.ROOT).startsWith("application/zip"));
                if (zipped) {
                    upload.unzip(part.content());
                } else {
                    upload.add(name, part.content());
                }
            }
        } else if (type.contains("zip") || type.equals("application/octet-stream")) {
            upload.unzip(body(req, limits));
        } else if (type.equals("text/csv")) {
            upload.add("upload.csv", body(req, limits));
        } else if (type.equals("application/xml") || type.equals("text/xml")) {
            upload.add("ssda903.xml", body(req, limits)); // the XML layout: one document, read by its first tag
        } else {
            throw InvalidInput.of("$", "send the files as application/zip, multipart/form-data or text/csv, or the "
                    + "XML layout as application/xml");
        }
        if (upload.files.isEmpty()) {
            throw InvalidInput.of("$", "holds no CSV file of the return");
        }
        return List.copyOf(upload.files);
    }

    private static byte[] body(ServerRequest req, Limits limits) {
        if (req.headers().contentLength().orElse(0L) > limits.maxBody()) {
            throw tooLargeBody(limits);
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes((int) limits.maxBody() + 1);
            if (bytes.length > limits.maxBody()) {
                throw tooLargeBody(limits);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestRefused tooLargeBody(Limits limits) {
        return RequestRefused.tooLarge("the upload is larger than " + limits.maxBodyMiB() + " MiB");
    }

    /** Counts a file against the request's budget, then keeps it as UTF-8 text. */
    private void add(String name, byte[] content) {
        if (files.size() == limits.maxFiles()) {
            throw RequestRefused.tooLarge("the upload holds more than " + limits.maxFiles() + " files");
        }
        unpacked += content.length;
        if (unpacked > limits.maxUnpacked()) {
            throw tooMuchUnpacked();
        }
        files.add(new CsvFile(name, new String(content, StandardCharsets.UTF_8)));
    }

    private RequestRefused tooMuchUnpacked() {
        return RequestRefused.tooLarge("the upload's files come to more than " + limits.maxUnpackedMiB()
                + " MiB together, unpacked");
    }

    /** The files of a ZIP, each read no further than what is left of the budget; folders and hidden files skipped. */
    private void unzip(byte[] zip) {
        int before = files.size();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw RequestRefused.tooLarge("the upload's ZIP files hold more than " + limits.maxEntries()
                            + " entries");
                }
                String name = baseName(entry.getName());
                if (entry.isDirectory() || name.startsWith(".")) {
                    continue;
                }
                long left = limits.maxUnpacked() - unpacked;
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
                if (content.length > left) {
                    throw tooMuchUnpacked();
                }
                add(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("$", "is not a readable ZIP file");
        }
        if (files.size() == before) {
            throw InvalidInput.of("$", "is not a ZIP file holding the return's CSV files");
        }
    }

    private static String baseName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
