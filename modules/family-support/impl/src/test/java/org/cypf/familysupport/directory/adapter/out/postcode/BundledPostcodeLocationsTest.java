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
        var extract = of("# a note\npostcode,latitude,longitude\nST4,52.99,-2.18\nst4 1hh,52.9961,-2.1833\n");
        assertEquals(Optional.of(new Coordinates(52.9961, -2.1833)), extract.locate(Postcode.parse("ST4 1HH")));
        assertEquals(Optional.of(new Coordinates(52.99, -2.18)), extract.locate(Postcode.parse("ST4 7QB")));
        assertEquals(Optional.empty(), extract.locate(Postcode.parse("ST41 1AA")), "ST41 is not ST4");
    }

    @Test
    void a_malformed_extract_stops_naming_the_line() {
        var twice = assertThrows(IllegalStateException.class, () -> of("postcode,latitude,longitude\nST4,1,1\nST4,2,2\n"));
        assertTrue(twice.getMessage().contains("line 3"), twice.getMessage());
        var offTheEarth = assertThrows(IllegalStateException.class, () -> of("postcode,latitude,longitude\nST4,91,0\n"));
        assertTrue(offTheEarth.getMessage().contains("line 2"), offTheEarth.getMessage());
        assertThrows(IllegalStateException.class, () -> of("pc,lat,long\nST4,52,-2\n"));
    }
}
