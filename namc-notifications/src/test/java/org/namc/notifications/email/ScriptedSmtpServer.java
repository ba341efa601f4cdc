package org.namc.notifications.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server (RFC 5321 commands over a socket on a free port) whose replies a test
 * scripts: a recipient answered 550, the end of DATA answered 451 then 250. GreenMail accepts
 * everything, so the failure replies need this one.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private final Deque<String> dataReplies = new ConcurrentLinkedDeque<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Answers RCPT TO for {@code address} with {@code reply} ("550 5.1.1 no such user"). */
    void rejectRecipient(String address, String reply) {
        recipientReplies.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** The next end-of-DATA replies, in order; afterwards 250. */
    void answerDataWith(String... replies) {
        dataReplies.addAll(List.of(replies));
    }

    /** The raw messages accepted with 250, in order. */
    List<String> accepted() {
        return new ArrayList<>(accepted);
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> serve(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250-scripted.test\r\n250 8BITMIME");
                } else if (command.startsWith("MAIL FROM") || command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 2.0.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    reply(out, recipientReplies.getOrDefault(address, "250 2.1.5 OK"));
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    String answer = dataReplies.isEmpty() ? "250 2.0.0 queued" : dataReplies.poll();
                    if (answer.startsWith("250")) {
                        accepted.add(message.toString());
                    }
                    reply(out, answer);
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "502 5.5.1 not implemented");
                }
            }
        } catch (IOException dropped) {
            // The client went away; nothing to clean up beyond the socket.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
