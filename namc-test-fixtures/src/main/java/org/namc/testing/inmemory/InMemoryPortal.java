package org.namc.testing.inmemory;

import java.util.List;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.testing.MutableClock;
import org.namc.testing.RotatingKeys;
import org.namc.testing.PortalFixture;
import org.namc.testing.SequentialIds;

/**
 * A whole portal on in-memory adapters, in one line: {@code InMemoryPortal.create()}, with
 * the system roles already seeded. Password hashing uses a cheap work factor
 * ({@value InMemoryAdapters#TEST_PBKDF2_ITERATIONS} iterations) so test suites stay fast.
 */
public final class InMemoryPortal implements PortalFixture {
    private final MutableClock clock;
    private final InMemoryAdapters adapters;
    private final NamcPortal portal;

    private InMemoryPortal(MutableClock clock, NamcPortalBuilder settings, boolean standIns) {
        this.clock = clock;
        this.adapters = new InMemoryAdapters(clock, new SequentialIds());
        NamcPortalBuilder builder = adapters.applyTo(settings);
        this.portal = (standIns ? adapters.applyStandInsTo(builder) : builder).build();
        portal.access().seedSystemRoles(Actor.system());
    }

    public static InMemoryPortal create() {
        return create(MutableClock.at("2026-01-15T09:00:00Z"));
    }

    public static InMemoryPortal create(MutableClock clock) {
        return new InMemoryPortal(clock, NamcPortal.builder(), false);
    }

    /** Starts from a builder that already holds the caller's settings (policies, validator). */
    public static InMemoryPortal create(MutableClock clock, NamcPortalBuilder settings) {
        return new InMemoryPortal(clock, settings, false);
    }

    /**
     * As {@link #create(MutableClock, NamcPortalBuilder)}, but with test stand-ins instead of the
     * billing bridge ({@link InMemoryAdapters#applyStandInsTo}): for suites that play billing by hand.
     */
    public static InMemoryPortal withBillingStandIns(MutableClock clock, NamcPortalBuilder settings) {
        return new InMemoryPortal(clock, settings, true);
    }

    @Override
    public NamcPortal portal() {
        return portal;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public List<AuditRecord> auditRecords() {
        return adapters.auditEntries().records();
    }

    @Override
    public RotatingKeys keys() {
        return adapters.keys();
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }
}
