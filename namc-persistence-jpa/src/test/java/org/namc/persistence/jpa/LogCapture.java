package org.namc.persistence.jpa;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything logged through java.util.logging while it is open, down to FINE (JBoss Logging's
 * DEBUG): where Hibernate and pgjdbc write here. TRACE is left out as it triples a start's time.
 * The console keeps its own INFO threshold.
 */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger root = Logger.getLogger("");
    private final Level rootLevel = root.getLevel();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<String> lines = new ArrayList<>();

    private LogCapture() {
        setLevel(Level.FINE);
        root.addHandler(this);
        root.setLevel(Level.FINE);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(record.getLoggerName() + " " + formatter.formatMessage(record) + " "
                + Arrays.toString(record.getParameters()) + (record.getThrown() == null ? "" : stackTrace(record.getThrown())));
    }

    /** All captured lines, one string. */
    synchronized String text() {
        return String.join("\n", lines);
    }

    /** A throwable as {@code printStackTrace} shows it: messages of causes and suppressed ones included. */
    static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(rootLevel);
    }
}
