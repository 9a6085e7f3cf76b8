// A real Neo4j 5 Community DBMS for machines without Docker: the embedded DBMS with its Bolt
// connector on 127.0.0.1, so clients (neo4j-driver, cypher-shell) talk to it exactly as to a
// server. Local use only: auth is disabled.
//
// Usage: java @jvm.args -cp 'target/lib/*:target/classes' Neo4jLocal --port P --data DIR
//            [--pagecache-mb N] [--detached] [--pid-file FILE]
// Prints exactly one line "NEO4J_READY bolt://127.0.0.1:P" on stdout once Bolt accepts
// connections. Stops cleanly on SIGTERM/SIGINT (shutdown hook) and, unless --detached, when
// stdin reaches end of file: a parent that dies closes the pipe, so no server is left behind.
// --detached (for scripts/neo4j-local/start.sh) ignores stdin; --pid-file records this JVM's pid
// for stop.sh and is removed on shutdown.

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";

    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.data);
        if (options.pidFile != null) {
            Files.writeString(options.pidFile, ProcessHandle.current().pid() + "\n");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheMb * 1024L * 1024L)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Scratch data: keep only the newest transaction log, not two days of them.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise waits 5 s twice on shutdown for connections that are already gone.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                .build();
        // Registered right after build so that a signal during the readiness wait still shuts down.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-local: shutting down");
            dbms.shutdown();
            if (options.pidFile != null) {
                try {
                    Files.deleteIfExists(options.pidFile);
                } catch (IOException ignored) {
                    // stop.sh checks the process itself; a stale file is harmless.
                }
            }
            System.err.println("neo4j-local: stopped");
        }, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(3))) {
            System.err.println("neo4j-local: default database did not become available");
            System.exit(2);
        }
        db.executeTransactionally("RETURN 1");
        awaitBolt(options.port);
        System.out.println("NEO4J_READY bolt://" + HOST + ":" + options.port);
        System.out.flush();

        if (options.detached) {
            Thread.currentThread().join();
        } else {
            drain(System.in);
            System.err.println("neo4j-local: stdin closed");
            System.exit(0);
        }
    }

    /** The connector binds during build(); this proves it from the client side before we say ready. */
    private static void awaitBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    System.err.println("neo4j-local: Bolt port " + port + " does not accept connections");
                    System.exit(3);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input carries no commands; only its end matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the same as end of file: the parent is gone.
        }
    }

    private record Options(int port, Path data, long pagecacheMb, boolean detached, Path pidFile) {
        static Options parse(String[] args) {
            Integer port = null;
            Path data = null;
            long pagecacheMb = 256;
            boolean detached = false;
            Path pidFile = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--data" -> data = Path.of(value(args, ++i, "--data")).toAbsolutePath();
                    case "--pagecache-mb" -> pagecacheMb = Long.parseLong(value(args, ++i, "--pagecache-mb"));
                    case "--detached" -> detached = true;
                    case "--pid-file" -> pidFile = Path.of(value(args, ++i, "--pid-file")).toAbsolutePath();
                    default -> usage("unknown argument " + args[i]);
                }
            }
            if (port == null || data == null) {
                usage("--port and --data are required");
            }
            return new Options(port, data, pagecacheMb, detached, pidFile);
        }

        private static String value(String[] args, int index, String flag) {
            if (index >= args.length) {
                usage(flag + " needs a value");
            }
            return args[index];
        }

        private static void usage(String problem) {
            System.err.println("neo4j-local: " + problem);
            System.err.println("usage: Neo4jLocal --port P --data DIR [--pagecache-mb N] [--detached] [--pid-file FILE]");
            System.exit(64);
        }
    }
}
