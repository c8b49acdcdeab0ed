package org.vwb.sweep.hazelcast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.sweep.Assignment;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepException;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;
import org.vwb.sweep.hazelcast.TestMembers;
import org.vwb.testing.Examples;
import org.vwb.testing.RegisteredServices;

/**
 * A sweep submitted to two members in this JVM (127.0.0.1 only) gives exactly the local executor's figures, each
 * run once; a cluster that is not there is one clear failure.
 */
class ClusterSweepTest {

    private static TestMembers members;

    @BeforeAll
    static void startTwoMembers() throws Exception {
        members = TestMembers.start(worker(), freePort(), freePort());
    }

    @AfterAll
    static void stopMembers() {
        if (members != null) {
            members.close();
        }
    }

    @Test
    void aClusterSweepGivesTheLocalExecutorsFiguresBitForBit() throws Exception {
        List<SweepTask> tasks = tasks();
        List<RunFigures> heard = Collections.synchronizedList(new ArrayList<>());
        List<RunFigures> cluster = executor("hazelcast").execute(tasks,
                new SweepExecutor.Target(members.addresses(), 0), heard::add);
        List<RunFigures> local = executor("local").execute(tasks, SweepExecutor.Target.local(), f -> { });
        assertEquals(local, cluster);
        assertEquals(tasks.size(), heard.size(), "each run is heard of exactly once");
        assertTrue(cluster.stream().noneMatch(RunFigures::failed), cluster::toString);
    }

    @Test
    void aClusterThatIsNotThereIsOneClearFailure() throws Exception {
        int nobody = freePort();
        SweepException e = assertThrows(SweepException.class, () -> executor("hazelcast").execute(tasks(),
                new SweepExecutor.Target(List.of("127.0.0.1:" + nobody), 0), f -> { }));
        assertTrue(e.getMessage().startsWith("no vwb member answers at 127.0.0.1:" + nobody), e.getMessage());
    }

    private static List<SweepTask> tasks() throws Exception {
        String model = Files.readString(Examples.path("seed/esx-vs-hyperv.vwb"));
        List<SweepTask> tasks = new ArrayList<>();
        for (String configuration : List.of("esxi-3.5", "hyperv-2008")) {
            for (String rate : List.of("300", "3000")) {
                for (long seed = 1; seed <= 2; seed++) {
                    tasks.add(new SweepTask(tasks.size(), model, configuration, List.of(new Assignment("rate", rate)),
                            seed, 300_000_000L));
                }
            }
        }
        return tasks;
    }

    private static SweepExecutor executor(String id) {
        return RegisteredServices.atLeast(ClusterSweepTest.class, SweepExecutor.class, 2).stream()
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static SweepWorker worker() {
        return RegisteredServices.atLeast(ClusterSweepTest.class, SweepWorker.class, 1).get(0);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
