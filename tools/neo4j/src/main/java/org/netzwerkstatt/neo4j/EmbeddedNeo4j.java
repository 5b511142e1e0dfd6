package org.netzwerkstatt.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Development/test Neo4j: one JVM running Neo4j Community embedded with only the Bolt connector,
 * so the app talks to it exactly like to a real server.
 *
 * <p>Usage: EmbeddedNeo4j &lt;dataDir&gt; [--port 7687] [--pagecache 256m] [--exit-on-stdin-eof]
 *
 * <p>Prints "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the default database is available.
 */
public final class EmbeddedNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    if (args.length < 1 || args[0].startsWith("--")) {
      fail("usage: EmbeddedNeo4j <dataDir> [--port 7687] [--pagecache 256m] [--exit-on-stdin-eof]");
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = 7687;
    String pageCache = "256m";
    boolean exitOnStdinEof = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pageCache = args[++i];
        case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
        default -> fail("unknown argument: " + args[i]);
      }
    }

    // Checked up front because Neo4j reports a busy port only deep inside a long stack trace.
    if (!portIsFree(port)) {
      fail("port " + HOST + ":" + port + " is already in use (another Neo4j still running?)");
    }

    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          // Keeps a fresh store small on disk: otherwise every transaction log file is 256 MB up front.
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          // No usage reports: a development or test database has nothing to tell anyone.
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Netty otherwise waits a 5 s quiet period twice when Bolt shuts down: 10 s per stop.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
          .build();
    } catch (RuntimeException e) {
      Throwable root = rootCause(e);
      if (hasCause(e, "BindException", "PortBindException")) {
        fail("port " + HOST + ":" + port + " is already in use (another Neo4j still running?)");
      }
      if (hasCause(e, "FileLockException")) {
        fail("data directory " + dataDir + " is in use by another Neo4j process");
      }
      fail(root.getClass().getSimpleName() + ": " + root.getMessage()
          + " (details: " + dataDir.resolve("logs/debug.log") + ")");
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      System.out.println("NEO4J_STOPPED");
    }, "neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      fail("default database did not become available within 2 minutes");
    }
    System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
    System.out.flush();

    if (exitOnStdinEof) {
      // The launcher keeps our stdin open; EOF means it died without stopping us, so do not linger
      // as an orphan holding the port and the store lock.
      waitForEof(System.in);
      System.exit(0);
    }
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasCause(Throwable e, String... simpleNames) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (String name : simpleNames) {
        if (t.getClass().getSimpleName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static void waitForEof(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only the end of the stream matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as EOF here.
    }
  }

  private static void fail(String message) {
    System.err.println("NEO4J_ERROR " + message);
    System.exit(2);
  }
}
