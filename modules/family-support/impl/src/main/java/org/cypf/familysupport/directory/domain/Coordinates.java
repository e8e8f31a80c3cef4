package org.cypf.familysupport.directory.domain;

/**
 * A point on the earth in WGS84 degrees (what ORUK's {@code location.latitude} and {@code longitude} and the ONS
 * Postcode Directory's {@code lat} and {@code long} give). Distances between points are great-circle distances on
 * a sphere of {@link #EARTH_RADIUS_METRES} (the haversine formula), which the directory's search computes in SQL.
 */
public record Coordinates(double latitude, double longitude) {
    /** The mean radius of the earth (IUGG), in metres: the sphere the haversine distance is measured on. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be a number of degrees from -90 to 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be a number of degrees from -180 to 180");
        }
    }
}
