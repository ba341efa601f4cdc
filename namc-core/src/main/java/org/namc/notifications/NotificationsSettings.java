package org.namc.notifications;

import java.time.Duration;
import org.namc.notifications.domain.RetryPolicy;

/**
 * Settings a host may tune.
 *
 * @param dedupWindow   how long a deduplication key suppresses repeats
 * @param defaultLocale the locale templates fall back to
 * @param dispatchBatch how many outbox entries one dispatch run takes at most
 * @param dispatchLease how long a dispatch run holds the entries it took: concurrent runs skip
 *                      them meanwhile, and if the run dies before recording an outcome they are
 *                      tried again after it; longer than a channel may take to answer
 * @param smsHelpText   the reply to HELP: who sends, how to stop, that rates may apply (carrier rules)
 * @param smsStoppedText  the reply to STOP
 * @param smsStartedText  the reply to START
 */
public record NotificationsSettings(RetryPolicy retryPolicy, Duration dedupWindow, String defaultLocale,
                                    int dispatchBatch, Duration dispatchLease, String smsHelpText,
                                    String smsStoppedText, String smsStartedText) {
    public NotificationsSettings(RetryPolicy retryPolicy, Duration dedupWindow, String defaultLocale,
                                 int dispatchBatch, Duration dispatchLease) {
        this(retryPolicy, dedupWindow, defaultLocale, dispatchBatch, dispatchLease,
                "NAMC NorCal member alerts. Reply STOP to unsubscribe, START to resubscribe. Msg & data rates may apply.",
                "You are unsubscribed from NAMC NorCal texts and will receive no more. Reply START to resubscribe.",
                "You are subscribed to NAMC NorCal texts again. Reply STOP to unsubscribe, HELP for help.");
    }

    public static NotificationsSettings defaults() {
        return new NotificationsSettings(RetryPolicy.standard(), Duration.ofDays(1), "en-US", 500,
                Duration.ofMinutes(10));
    }
}
