package org.cypf.familysupport.directory.adapter.out.postcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.cypf.familysupport.directory.port.PostcodeLocations;
import org.cypf.kernel.place.Postcode;

/**
 * Postcodes placed from a small open extract bundled with CYPF ({@value #BUNDLED}; its source, licence and how to
 * derive a fuller one from the ONS Postcode Directory are in ADR 0068). The extract is a CSV with a header line
 * {@code postcode,latitude,longitude}: each row a whole postcode ({@code ST4 1HH}) or a postcode district
 * ({@code ST4}); lines starting with {@code #} are notes. A whole postcode is placed by its own row when there is
 * one, else by its district's.
 */
public final class BundledPostcodeLocations implements PostcodeLocations {
    /** The extract on the class path. */
    public static final String BUNDLED = "/familysupport/postcodes/postcode-districts.csv";

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

    /** An extract in the layout above; a malformed row stops the start, naming its line. */
    public static BundledPostcodeLocations read(InputStream csv) throws IOException {
        Map<String, Coordinates> places = new HashMap<>();
        var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!line.strip().equals("postcode,latitude,longitude")) {
                    throw new IllegalStateException("line " + number + ": the header must be postcode,latitude,longitude");
                }
                header = false;
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                if (cells.length != 3) {
                    throw new IllegalArgumentException("three cells expected");
                }
                String key = key(cells[0]);
                if (places.put(key, new Coordinates(Double.parseDouble(cells[1].strip()),
                        Double.parseDouble(cells[2].strip()))) != null) {
                    throw new IllegalArgumentException("the postcode appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("line " + number + " of the postcode extract: " + e.getMessage(), e);
            }
        }
        return new BundledPostcodeLocations(places);
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
