package org.cypf.familysupport.directory.adapter.out.postcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.port.PostcodeLocations;
import org.cypf.kernel.place.Postcode;

/**
 * Postcodes placed from an extract in the ONS Postcode Directory's CSV layout (see {@link #read}): the small one
 * bundled with CYPF ({@value #BUNDLED}: the seed area's district centroids, ADR 0068), or a file a deployment names
 * ({@code family-support.postcode-file}: the ONSPD itself, or the part of it for the area, ADR 0086). Each row is a
 * whole postcode ({@code ST4 1HH}) or a postcode district ({@code ST4}, which the ONSPD does not have: the bundled
 * file's own rows). A whole postcode is placed by its own row when there is one, else by its district's.
 */
public final class BundledPostcodeLocations implements PostcodeLocations {
    /** The extract on the class path. */
    public static final String BUNDLED = "/familysupport/postcodes/postcode-districts.csv";

    /** The ONSPD's latitude for a postcode it has no grid reference for. */
    static final double NO_GRID_REFERENCE = 99.999999;

    private final Map<String, Coordinates> places;

    private BundledPostcodeLocations(Map<String, Coordinates> places) {
        this.places = Map.copyOf(places);
    }

    /** The extract bundled with CYPF. */
    public static BundledPostcodeLocations bundled() {
        try (InputStream in = BundledPostcodeLocations.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the postcode extract " + BUNDLED + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The extract in {@code file}, in the layout of {@link #read}: a malformed or missing file stops the start, naming
     * it.
     */
    public static BundledPostcodeLocations fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("family-support.postcode-file: cannot read " + file + " (" + e.getMessage()
                    + ")", e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("family-support.postcode-file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An extract in the ONS Postcode Directory's CSV layout: a header naming its columns, of which {@code pcds} (the
     * postcode, or a postcode district), {@code lat} and {@code long} (WGS84 degrees) are read and any others
     * ignored, in any order, quoted or not. A row with a {@code doterm} (a terminated postcode) is skipped, as is one
     * the ONSPD could not place ({@code lat} 99.999999). Lines starting with {@code #} are notes. A malformed row
     * stops the start, naming its line.
     */
    public static BundledPostcodeLocations read(InputStream csv) throws IOException {
        Map<String, Coordinates> places = new HashMap<>();
        var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        int postcodeAt = -1;
        int latitudeAt = -1;
        int longitudeAt = -1;
        int terminatedAt = -1;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = cells(line);
            if (header) {
                for (int i = 0; i < cells.length; i++) {
                    switch (cells[i].toLowerCase(Locale.ROOT)) {
                        case "pcds" -> postcodeAt = i;
                        case "lat" -> latitudeAt = i;
                        case "long" -> longitudeAt = i;
                        case "doterm" -> terminatedAt = i;
                        default -> { } // the ONSPD's other columns: not needed to place a postcode
                    }
                }
                if (postcodeAt < 0 || latitudeAt < 0 || longitudeAt < 0) {
                    throw new IllegalStateException("line " + number + ": the header must name the ONS Postcode "
                            + "Directory's columns pcds, lat and long");
                }
                header = false;
                continue;
            }
            try {
                if (cells.length <= Math.max(postcodeAt, Math.max(latitudeAt, longitudeAt))) {
                    throw new IllegalArgumentException("fewer cells than the header names");
                }
                if (terminatedAt >= 0 && terminatedAt < cells.length && !cells[terminatedAt].isEmpty()) {
                    continue; // a terminated postcode: no longer in use
                }
                double latitude = Double.parseDouble(cells[latitudeAt]);
                if (latitude == NO_GRID_REFERENCE) {
                    continue;
                }
                String key = key(cells[postcodeAt]);
                if (places.put(key, new Coordinates(latitude, Double.parseDouble(cells[longitudeAt]))) != null) {
                    throw new IllegalArgumentException("the postcode appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("line " + number + " of the postcode extract: " + e.getMessage(), e);
            }
        }
        return new BundledPostcodeLocations(places);
    }

    /** A CSV line's cells, stripped, without the double quotes the ONSPD puts around text. */
    private static String[] cells(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1).strip();
            }
            cells[i] = cell;
        }
        return cells;
    }

    private static String key(String postcodeOrDistrict) {
        String text = postcodeOrDistrict.strip().toUpperCase(Locale.ROOT);
        if (text.matches("[A-Z]{1,2}[0-9][0-9A-Z]?")) {
            return text;
        }
        return Postcode.parse(text).value();
    }

    @Override
    public Optional<Coordinates> locate(Postcode postcode) {
        return Optional.ofNullable(places.get(postcode.value()))
                .or(() -> Optional.ofNullable(places.get(postcode.outwardCode())));
    }

    /** How many postcodes and districts the extract places. */
    public int size() {
        return places.size();
    }
}
