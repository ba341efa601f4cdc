package org.namc.testing.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.spi.ChainAnchors;

/** Published anchors kept in a list, as a write-once log would keep them. */
public final class InMemoryChainAnchors implements ChainAnchors {
    private final List<ChainAnchor> published = new ArrayList<>();

    @Override
    public synchronized void publish(ChainAnchor anchor) {
        published.add(anchor);
    }

    @Override
    public synchronized Optional<ChainAnchor> latest() {
        return published.isEmpty() ? Optional.empty() : Optional.of(published.get(published.size() - 1));
    }

    public synchronized List<ChainAnchor> published() {
        return List.copyOf(published);
    }
}
