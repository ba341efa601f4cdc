package org.namc.audit.spi;

import java.util.Optional;
import org.namc.audit.domain.ChainAnchor;

/**
 * Where the trail's head is published outside the database (a transparency log, a notary, a
 * write-once bucket, an email to the board). A rewrite of the trail with every hash recomputed
 * verifies on its own; it no longer matches a head published before it. Verification checks
 * against the latest published anchor. Implementations must not let anchors be replaced.
 */
public interface ChainAnchors {

    void publish(ChainAnchor anchor);

    /** The anchor published last; empty before the first. */
    Optional<ChainAnchor> latest();
}
