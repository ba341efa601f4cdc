package org.namc.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.namc.notifications.NotificationsApi;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.NotifyResult;
import org.namc.notifications.PlannedDelivery;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Delivery;
import org.namc.notifications.domain.DeliveryPlan;
import org.namc.notifications.domain.NotificationType;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;

/**
 * The "Notifications" part of the demo: three project alerts bundled into one hourly digest,
 * planned (a dry run) before anything goes out, then dispatched; and a security alert that
 * reaches a channel the member switched off.
 */
final class NotificationsStory {
    private final PrintStream out;
    private final DemoRuntime runtime;
    private final NotificationsApi notifications;

    NotificationsStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.runtime = runtime;
        this.notifications = runtime.portal().notifications();
    }

    void run(MemberId staffId) {
        say("");
        say("== Notifications: planning and a digest ==");
        Actor staff = Actor.member(staffId);
        var registration = runtime.portal().membership().register(RegisterMember.of("lena@parkelectric.example",
                Secret.of("a long demo passphrase"), "Lena", "Park"));
        runtime.portal().membership().verifyEmail(new VerifyEmail(registration.verification().token()));
        MemberId lena = registration.memberId();
        say("the dispatcher first sends what earlier parts queued: "
                + notifications.dispatch(Actor.system()).delivered().size() + " messages (event and message notices)");
        Instant now = runtime.clock().instant();
        Instant windowStart = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1))
                .plus(Duration.ofMinutes(5));
        runtime.clock().set(windowStart);

        DeliveryPlan first = null;
        for (String project : List.of("Fruitvale solar canopy", "SFO terminal B lighting", "Richmond ferry dock")) {
            var result = notifications.notify(staff, NotifyMember.of(lena, NotificationType.PROJECT,
                    "New project: " + project, project + " matches your skills").on(Channel.IN_APP, Channel.EMAIL));
            if (first == null) {
                first = ((NotifyResult.Queued) result).plan();
            }
            runtime.clock().advance(Duration.ofMinutes(10));
        }
        say("3 project alerts for Lena; the plan for the first one:");
        first.decisions().forEach(d -> say("  " + d.channel() + ": " + d.getClass().getSimpleName() + " - "
                + d.reason()));
        say("in-app alerts go out at once: " + notifications.dispatch(Actor.system()).delivered().size()
                + " delivered");
        say("dispatch plan now (" + runtime.clock().instant() + "): " + describe(notifications.planDispatch(
                Actor.system())));
        runtime.clock().set(windowStart.minus(Duration.ofMinutes(5)).plus(Duration.ofHours(1)));
        say("dispatch plan at the window's end (" + runtime.clock().instant() + "): "
                + describe(notifications.planDispatch(Actor.system())));
        var report = notifications.dispatch(Actor.system());
        List<Delivery> emails = runtime.adapters().channel(Channel.EMAIL).delivered();
        Delivery digest = emails.get(emails.size() - 1);
        say("dispatched: " + report.delivered().size() + " message delivered, " + report.retrying().size()
                + " to retry; Lena's email reads \"" + digest.subject() + "\":");
        digest.body().lines().forEach(line -> say("    " + line));

        DeliveryPlan security = notifications.plan(staff, NotifyMember.of(lena, NotificationType.SECURITY,
                "New sign-in", "A new device signed in").on(Channel.SMS));
        say("plan for a security alert by SMS (Lena has SMS off): " + security.decisions().get(0).getClass()
                .getSimpleName() + " - " + security.decisions().get(0).reason());
    }

    private static String describe(List<PlannedDelivery> plan) {
        if (plan.isEmpty()) {
            return "nothing due";
        }
        StringBuilder out = new StringBuilder();
        for (PlannedDelivery p : plan) {
            out.append("\n    ").append(p.channel()).append(p.isDigest() ? " digest \"" : " \"").append(p.subject())
                    .append("\" carrying ").append(p.sources().size()).append(" notification(s)");
        }
        return out.toString();
    }

    private void say(String line) {
        out.println(line);
    }
}
