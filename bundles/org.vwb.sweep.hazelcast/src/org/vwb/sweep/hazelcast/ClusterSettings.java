package org.vwb.sweep.hazelcast;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

import org.vwb.sweep.SweepWorker;

/**
 * How vwb's members and clients are configured, in one place so both sides agree: the cluster's name, the durable
 * executor that carries runs, explicit TCP/IP members only, and nothing that talks to anyone else.
 */
final class ClusterSettings {

    static final String CLUSTER = "vwb";
    static final String EXECUTOR = "vwb-sweep";
    /** Sweeps whose runs are to stop, by sweep id: the runs look at it between slices of simulated time. */
    static final String CANCELLED = "vwb-sweep-cancelled";
    /** Where a member keeps its {@link SweepWorker} for the tasks it runs (Hazelcast's user context). */
    static final String WORKER = "vwb.sweep.worker";
    /** Where a member keeps what it tells its user (a {@code Consumer<String>}), e.g. that it took a sweep's runs. */
    static final String NOTICES = "vwb.sweep.notices";
    /** Where a member keeps the sweeps it has taken runs of (a concurrent set), to say so once per sweep. */
    static final String SWEEPS_SEEN = "vwb.sweep.seen";
    /** Results a partition keeps until the client takes them; the client keeps fewer tasks than this in flight. */
    static final int CAPACITY = 1000;

    /** Hazelcast logs through java.util.logging; kept here so the level set sticks (loggers are weakly held). */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");
    /**
     * Says at every start that the JVM lacks {@code --add-opens} flags Hazelcast would use for speed; a sweep's
     * cost is the simulation, so that hint is only noise on the terminal.
     */
    private static final Logger INSTANCE_FACTORY_LOG =
            Logger.getLogger("com.hazelcast.instance.impl.HazelcastInstanceFactory");

    private ClusterSettings() {
    }

    /** A member on {@code host:port} joining {@code members} (explicit addresses; multicast and discovery off). */
    static Config member(String host, int port, List<String> members, SweepWorker worker,
            java.util.function.Consumer<String> notices, boolean verbose) {
        quiet(verbose);
        Config config = new Config();
        config.setClusterName(CLUSTER);
        config.setClassLoader(ClusterSettings.class.getClassLoader());
        common(config.getProperties());
        // a member killed outright is noticed by its broken connections; these bound the wait when it is not
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(host);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember(host + ":" + port);
        members.forEach(join.getTcpIpConfig()::addMember);
        config.getJetConfig().setEnabled(false);
        config.getDurableExecutorConfig(EXECUTOR).setPoolSize(Runtime.getRuntime().availableProcessors())
                .setDurability(1).setCapacity(CAPACITY);
        ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(WORKER, worker);
        context.put(NOTICES, notices);
        context.put(SWEEPS_SEEN, ConcurrentHashMap.newKeySet());
        config.setUserContext(context);
        return config;
    }

    /** A client of the members given; it fails after {@code connectMillis} when none answers. */
    static ClientConfig client(List<String> members, long connectMillis) {
        quiet(false);
        ClientConfig config = new ClientConfig();
        config.setClusterName(CLUSTER);
        config.setClassLoader(ClusterSettings.class.getClassLoader());
        common(config.getProperties());
        config.getNetworkConfig().setAddresses(List.copyOf(members));
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(connectMillis);
        return config;
    }

    private static void quiet(boolean verbose) {
        HAZELCAST_LOG.setLevel(verbose ? Level.INFO : Level.WARNING);
        INSTANCE_FACTORY_LOG.setLevel(verbose ? Level.INFO : Level.SEVERE);
    }

    private static void common(java.util.Properties properties) {
        properties.setProperty("hazelcast.phone.home.enabled", "false");
        properties.setProperty("hazelcast.logging.type", "jdk");
        // vwb stops its members and clients itself, after the runs are cancelled
        properties.setProperty("hazelcast.shutdownhook.enabled", "false");
    }
}
