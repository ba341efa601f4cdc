package org.namc.audit.internal;

import org.namc.audit.domain.AuditRefusal;
import java.util.Optional;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.spi.ChainAnchors;
import org.namc.shared.domain.NamcException;

/** No place to publish anchors: the chain is checked by itself, and publishing is refused. */
public final class NoChainAnchors implements ChainAnchors {

    @Override
    public void publish(ChainAnchor anchor) {
        throw NamcException.refused(AuditRefusal.NO_ANCHOR_PORT, "no ChainAnchors port was given to the portal builder");
    }

    @Override
    public Optional<ChainAnchor> latest() {
        return Optional.empty();
    }
}
