package org.namc.projects.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.namc.shared.domain.GeoPoint;

class DistancesProperties {

    @Provide
    Arbitrary<GeoPoint> anywhere() {
        return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::of);
    }

    @Property(tries = 2000)
    void matchingMeasuresTheSameGreatCircleDistanceAsGeoPoint(@ForAll("anywhere") GeoPoint a,
                                                              @ForAll("anywhere") GeoPoint b) {
        double haversine = a.distanceKmTo(b);
        assertThat(Distances.km(a, b)).isCloseTo(haversine, within(1e-6 * Math.max(1, haversine)));
        assertThat(Distances.km(a, b)).isEqualTo(Distances.km(b, a), within(1e-9));
    }

    @Property(tries = 2000)
    void shortDistancesAgreeWithTheLibraryArcSine(@ForAll("anywhere") GeoPoint a) {
        GeoPoint near = GeoPoint.of(Math.max(-90, Math.min(90, a.latitude() + 0.7)), a.longitude());
        double chord = Math.sqrt(Distances.chordSquared(Distances.unit(a), Distances.unit(near)));
        double exact = 2 * GeoPoint.EARTH_RADIUS_KM * StrictMath.asin(chord / 2);
        assertThat(Distances.kmFromChord(chord)).isCloseTo(exact, within(1e-9));
    }
}
