package org.vwb.sweep.hazelcast;

import java.util.ArrayList;
import java.util.List;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import org.vwb.sweep.SweepWorker;

/**
 * Members in the test's JVM, configured as {@code vwb member} configures them, on 127.0.0.1 only. In the host's
 * package (this fragment shares its class loader) so it uses the very settings the command does.
 */
public final class TestMembers implements AutoCloseable {

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    private TestMembers() {
    }

    /** One member per port, each joining the ones before it. */
    public static TestMembers start(SweepWorker worker, int... ports) {
        TestMembers started = new TestMembers();
        for (int port : ports) {
            started.members.add(Hazelcast.newHazelcastInstance(ClusterSettings.member("127.0.0.1", port,
                    List.copyOf(started.addresses), worker, notice -> { }, false)));
            started.addresses.add("127.0.0.1:" + port);
        }
        return started;
    }

    public List<String> addresses() {
        return List.copyOf(addresses);
    }

    @Override
    public void close() {
        members.forEach(HazelcastInstance::shutdown);
    }
}
