package org.namc.benchmarks.events;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.namc.shared.domain.MemberId;

/** The alternative for B4: a seat counter and a waitlist queue, nothing else. */
final class SeatRace {
    private final int capacity;
    private final AtomicInteger taken = new AtomicInteger();
    private final Map<MemberId, Boolean> seated = new ConcurrentHashMap<>();
    private final Queue<MemberId> waitlist = new ConcurrentLinkedQueue<>();

    SeatRace(int capacity) {
        this.capacity = capacity;
    }

    /** Whether {@code member} got a seat; otherwise they joined the waitlist. */
    boolean register(MemberId member) {
        if (taken.incrementAndGet() <= capacity) {
            seated.put(member, Boolean.TRUE);
            return true;
        }
        waitlist.add(member);
        return false;
    }

    int seated() {
        return seated.size();
    }

    int waitlisted() {
        return waitlist.size();
    }

    void registerAll(List<MemberId> members) {
        members.forEach(this::register);
    }
}
