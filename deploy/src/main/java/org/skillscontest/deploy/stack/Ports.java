package org.skillscontest.deploy.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

final class Ports {

    private Ports() {
    }

    static boolean inUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int free() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void requireFree(int port, String what) {
        if (inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is in use: is a stack already up "
                    + "(./pipeline down stops it), or does another program hold it?");
        }
    }
}
