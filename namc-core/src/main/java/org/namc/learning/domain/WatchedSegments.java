package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.namc.shared.domain.Violations;

/**
 * The parts of a video a learner has played, as sorted, disjoint, non-touching second ranges
 * {@code [from, to)}. The watched time is their total length, so replaying a part or
 * skipping ahead never inflates it.
 */
public record WatchedSegments(List<Segment> segments) {

    /** Seconds {@code from} (inclusive) to {@code to} (exclusive) of a video. */
    public record Segment(int from, int to) {
        public Segment {
            Violations.collect()
                    .check(from >= 0, "from", ViolationRule.RANGE, "must be 0 or more")
                    .check(to > from, "to", "after-from", "must be after from")
                    .throwIfAny();
        }

        public int length() {
            return to - from;
        }
    }

    public WatchedSegments {
        segments = List.copyOf(segments);
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).from() <= segments.get(i - 1).to()) {
                throw new IllegalArgumentException("segments must be sorted, disjoint and not touching");
            }
        }
    }

    public static WatchedSegments none() {
        return new WatchedSegments(List.of());
    }

    /** These segments with {@code added} merged in. */
    public WatchedSegments plus(Segment added) {
        List<Segment> all = new ArrayList<>(segments);
        all.add(added);
        all.sort(Comparator.comparingInt(Segment::from));
        List<Segment> merged = new ArrayList<>();
        for (Segment s : all) {
            Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.from() <= last.to()) {
                merged.set(merged.size() - 1, new Segment(last.from(), Math.max(last.to(), s.to())));
            } else {
                merged.add(s);
            }
        }
        return new WatchedSegments(merged);
    }

    public int totalSeconds() {
        return segments.stream().mapToInt(Segment::length).sum();
    }
}
