package dev.vigil.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a database, under the test's control: it passes traffic,
 * refuses (closes every connection at once), or black-holes (accepts, never answers). It counts
 * round trips — each time the client speaks after the server has answered — so a test can tell
 * how many database pings a burst of probes caused.
 */
final class TcpFaultProxy implements AutoCloseable {

    enum Mode {
        PASS,
        REFUSE,
        HANG
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong roundTrips = new AtomicLong();
    private volatile Mode mode = Mode.PASS;

    TcpFaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    long roundTrips() {
        return roundTrips.get();
    }

    /**
     * REFUSE drops every connection at once, like a stopped database. HANG keeps them open but
     * silent, like a black-holing network: nothing passes in either direction. Back to PASS, the
     * connections that hung are dropped (their TCP sessions would not survive) and new ones pass.
     */
    void mode(Mode mode) {
        Mode previous = this.mode;
        this.mode = mode;
        if (mode == Mode.REFUSE || (previous == Mode.HANG && mode == Mode.PASS)) {
            for (Socket socket : open) {
                closeQuietly(socket);
            }
            open.clear();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                switch (mode) {
                    case REFUSE -> closeQuietly(client);
                    case HANG -> open.add(client); // accepted, never read, never answered
                    case PASS -> connect(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            open.add(client);
            open.add(server);
            AtomicBoolean serverSpoke = new AtomicBoolean(true);
            pump(client, server, () -> {
                if (serverSpoke.getAndSet(false)) {
                    roundTrips.incrementAndGet();
                }
            });
            pump(server, client, () -> serverSpoke.set(true));
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to, Runnable onData) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) != -1) {
                            if (mode == Mode.REFUSE) {
                                break;
                            }
                            if (mode == Mode.HANG) {
                                continue; // swallowed: the other side waits for ever
                            }
                            onData.run();
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // connection closed by either side or by a mode switch
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "fault-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        mode(Mode.REFUSE);
    }
}
