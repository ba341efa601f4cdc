package org.namc.notifications.domain;

import java.util.List;
import java.util.Optional;

/** The planner's decision for every channel a notification asked for, in channel order. */
public record DeliveryPlan(List<ChannelDecision> decisions) {
    public DeliveryPlan {
        decisions = List.copyOf(decisions);
    }

    public Optional<ChannelDecision> on(Channel channel) {
        return decisions.stream().filter(d -> d.channel() == channel).findFirst();
    }

    /** Whether anything at all will go out. */
    public boolean sendsAnything() {
        return decisions.stream().anyMatch(d -> !(d instanceof ChannelDecision.Skip));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (ChannelDecision d : decisions) {
            String what = d instanceof ChannelDecision.Send send ? "send at " + send.at()
                    : d instanceof ChannelDecision.Digest digest ? "digest at " + digest.at() : "skip";
            out.append(d.channel()).append(": ").append(what).append(" (").append(d.reason()).append(")\n");
        }
        return out.toString();
    }
}
