package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {
    private static final GeoPoint SAN_FRANCISCO = GeoPoint.of(37.7749, -122.4194);
    private static final GeoPoint LOS_ANGELES = GeoPoint.of(34.0522, -118.2437);

    @ParameterizedTest(name = "({0}, {1}) is accepted")
    @CsvSource({"90, 180", "-90, -180", "0, 0", "37.7749, -122.4194"})
    void pointsOnAndInsideTheLimitsAreAccepted(double latitude, double longitude) {
        GeoPoint point = GeoPoint.of(latitude, longitude);

        assertThat(point.latitude()).isEqualTo(latitude);
        assertThat(point.longitude()).isEqualTo(longitude);
    }

    @Test
    void aLatitudeJustAboveNinetyIsRefusedNamingLatitude() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> GeoPoint.of(90.0001, 0));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.violatedFields()).containsExactly("latitude");
        assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("range");
    }

    @Test
    void aLongitudeJustBelowMinus180IsRefusedNamingLongitude() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> GeoPoint.of(0, -180.0001));

        assertThat(e.violatedFields()).containsExactly("longitude");
    }

    @Test
    void notANumberIsRefusedForBothCoordinatesAtOnce() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> GeoPoint.of(Double.NaN, Double.NaN));

        assertThat(e.violatedFields()).containsExactly("latitude", "longitude");
    }

    @Test
    void infinitiesAreRefused() {
        assertThat(catchThrowableOfType(NamcException.class,
                () -> GeoPoint.of(Double.POSITIVE_INFINITY, 0)).violatedFields()).containsExactly("latitude");
        assertThat(catchThrowableOfType(NamcException.class,
                () -> GeoPoint.of(0, Double.NEGATIVE_INFINITY)).violatedFields()).containsExactly("longitude");
    }

    @Test
    void capturedUnderAFieldTheCoordinateIsNested() {
        Violations violations = Violations.collect();

        violations.capture("location", () -> GeoPoint.of(-91, 0));

        assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("location.latitude");
    }

    @Test
    void sanFranciscoToLosAngelesIsAbout559Kilometres() {
        assertThat(SAN_FRANCISCO.distanceKmTo(LOS_ANGELES)).isCloseTo(559.0, within(2.0));
    }

    @Test
    void aPointIsZeroKilometresFromItself() {
        assertThat(SAN_FRANCISCO.distanceKmTo(SAN_FRANCISCO)).isZero();
    }

    @Test
    void antipodalPointsAreHalfTheEarthsCircumferenceApart() {
        assertThat(GeoPoint.of(0, 0).distanceKmTo(GeoPoint.of(0, 180))).isCloseTo(20015.0, within(1.0));
        assertThat(GeoPoint.of(90, 0).distanceKmTo(GeoPoint.of(-90, 0))).isCloseTo(20015.0, within(1.0));
        assertThat(GeoPoint.of(37.7749, -122.4194).distanceKmTo(GeoPoint.of(-37.7749, 57.5806)))
                .isCloseTo(20015.0, within(1.0));
    }

    @Test
    void theDateLineIsNotAWall() {
        // one degree of longitude on the equator, across +-180
        assertThat(GeoPoint.of(0, 179.5).distanceKmTo(GeoPoint.of(0, -179.5))).isCloseTo(111.2, within(0.1));
    }

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::of);
    }

    @Property
    void distanceIsSymmetric(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        assertThat(a.distanceKmTo(b)).isCloseTo(b.distanceKmTo(a), within(1e-6));
    }

    @Property
    void distanceIsNeverNegativeNorMoreThanHalfTheCircumference(@ForAll("points") GeoPoint a,
                                                               @ForAll("points") GeoPoint b) {
        assertThat(a.distanceKmTo(b)).isBetween(0.0, Math.PI * GeoPoint.EARTH_RADIUS_KM + 1e-6);
    }
}
