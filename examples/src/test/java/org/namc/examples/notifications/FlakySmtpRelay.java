package org.namc.examples.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay in front of GreenMail that answers a share of the recipients with {@code 451 4.3.0}
 * (a transient refusal, as a busy relay gives) instead of passing them on; everything else goes
 * through to GreenMail line by line.
 */
final class FlakySmtpRelay implements AutoCloseable {
    private final ServerSocket socket;
    private final int upstreamPort;
    private final double refusalShare;
    private final SplittableRandom random;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger relayed = new AtomicInteger();

    FlakySmtpRelay(int upstreamPort, double refusalShare, long seed) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.refusalShare = refusalShare;
        this.random = new SplittableRandom(seed);
        Thread acceptor = new Thread(this::acceptLoop, "flaky-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int refused() {
        return refused.get();
    }

    int relayed() {
        return relayed.get();
    }

    private synchronized boolean refuseNext() {
        return random.nextDouble() < refusalShare;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> relay(client), "flaky-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
             BufferedReader fromClient = reader(client); OutputStream toClient = client.getOutputStream();
             BufferedReader fromServer = reader(server); OutputStream toServer = server.getOutputStream()) {
            forwardReply(fromServer, toClient);
            boolean data = false;
            String line;
            while ((line = fromClient.readLine()) != null) {
                if (data) {
                    write(toServer, line);
                    if (line.equals(".")) {
                        data = false;
                        forwardReply(fromServer, toClient);
                        relayed.incrementAndGet();
                    }
                    continue;
                }
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT TO") && refuseNext()) {
                    refused.incrementAndGet();
                    write(toClient, "451 4.3.0 Temporary failure, try again later");
                    continue;
                }
                write(toServer, line);
                String reply = forwardReply(fromServer, toClient);
                if (command.startsWith("DATA") && reply.startsWith("354")) {
                    data = true;
                }
                if (command.startsWith("QUIT")) {
                    return;
                }
            }
        } catch (IOException dropped) {
            // Either side went away; the other notices its socket closing.
        }
    }

    /** Copies one (possibly multi-line) reply; returns its last line. */
    private static String forwardReply(BufferedReader from, OutputStream to) throws IOException {
        String line;
        do {
            line = from.readLine();
            if (line == null) {
                throw new IOException("upstream closed");
            }
            write(to, line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
