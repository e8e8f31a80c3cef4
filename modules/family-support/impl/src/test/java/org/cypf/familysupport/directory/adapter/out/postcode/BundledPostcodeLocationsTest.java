package org.cypf.familysupport.directory.adapter.out.postcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cypf.familysupport.directory.domain.Coordinates;
import org.junit.jupiter.api.Test;
import org.cypf.kernel.place.Postcode;

class BundledPostcodeLocationsTest {
    private static BundledPostcodeLocations of(String csv) throws IOException {
        return BundledPostcodeLocations.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_bundled_extract_places_every_district_of_the_seed_area() {
        var bundled = BundledPostcodeLocations.bundled();
        assertEquals(21, bundled.size(), "ST1 to ST21");
        for (int district = 1; district <= 21; district++) {
            assertTrue(bundled.locate(Postcode.parse("ST" + district + " 1AA")).isPresent(), "ST" + district);
        }
        assertEquals(Optional.empty(), bundled.locate(Postcode.parse("M1 1AE")), "outside the seed area");
    }

    @Test
    void a_whole_postcode_is_placed_by_its_own_row_before_its_district_s() throws IOException {
        var extract = of("# a note\npcds,lat,long\nST4,52.99,-2.18\nst4 1hh,52.9961,-2.1833\n");
        assertEquals(Optional.of(new Coordinates(52.9961, -2.1833)), extract.locate(Postcode.parse("ST4 1HH")));
        assertEquals(Optional.of(new Coordinates(52.99, -2.18)), extract.locate(Postcode.parse("ST4 7QB")));
        assertEquals(Optional.empty(), extract.locate(Postcode.parse("ST41 1AA")), "ST41 is not ST4");
    }

    @Test
    void a_malformed_extract_stops_naming_the_line() {
        var twice = assertThrows(IllegalStateException.class, () -> of("pcds,lat,long\nST4,1,1\nST4,2,2\n"));
        assertTrue(twice.getMessage().contains("line 3"), twice.getMessage());
        var offTheEarth = assertThrows(IllegalStateException.class, () -> of("pcds,lat,long\nST4,91,0\n"));
        assertTrue(offTheEarth.getMessage().contains("line 2"), offTheEarth.getMessage());
        assertThrows(IllegalStateException.class, () -> of("pc,lat,long\nST4,52,-2\n"));
    }

    @Test
    void an_ons_postcode_directory_file_is_read_by_its_column_names_from_the_configured_path() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("onspd", ".csv");
        try {
            // The ONSPD's own header and quoting, its columns in its order; terminated and unplaced postcodes skipped.
            java.nio.file.Files.writeString(file, """
                    "pcd","pcd2","pcds","dointr","doterm","oscty","lat","long","imd"
                    "ST4 1HH","ST4  1HH","ST4 1HH","198001","","E10000028",52.996100,-2.183300,12345
                    "ST4 9ZZ","ST4  9ZZ","ST4 9ZZ","198001","200512","E10000028",52.900000,-2.100000,12345
                    "ST4 8ZZ","ST4  8ZZ","ST4 8ZZ","198001","","E10000028",99.999999,0.000000,0
                    """);
            var extract = BundledPostcodeLocations.fromFile(file);
            assertEquals(1, extract.size(), "only the postcode in use with a grid reference");
            assertEquals(Optional.of(new Coordinates(52.9961, -2.1833)), extract.locate(Postcode.parse("ST4 1HH")));
            assertEquals(Optional.empty(), extract.locate(Postcode.parse("ST4 9ZZ")), "terminated");

            java.nio.file.Files.writeString(file, "pcd,lat\nST4 1HH,52.9\n");
            var noColumns = assertThrows(IllegalStateException.class, () -> BundledPostcodeLocations.fromFile(file));
            assertTrue(noColumns.getMessage().contains("family-support.postcode-file")
                    && noColumns.getMessage().contains("pcds, lat and long"), noColumns.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        var missing = assertThrows(IllegalStateException.class,
                () -> BundledPostcodeLocations.fromFile(java.nio.file.Path.of("no-such-onspd.csv")));
        assertTrue(missing.getMessage().contains("no-such-onspd.csv"), missing.getMessage());
    }
}
