package org.vwb.sweep.hazelcast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;
import org.vwb.headless.UsageException;
import org.vwb.sweep.SweepWorker;

/**
 * {@code vwb member [--join HOST:PORT,...] [--port P]}: runs a cluster member that takes sweep runs, until Ctrl-C
 * or SIGTERM. It is the headless product itself, so every plugin of this installation runs its tasks.
 */
@Component(service = Command.class, property = "vwb.command=member")
public final class MemberCommand implements Command {

    private static final Option JOIN = Option.value("join", "HOST:PORT,...",
            "other members to join (default: none, the first member of a new cluster)");
    private static final Option PORT = Option.value("port", "P", "the port to listen on (default: 5701)");
    private static final Option HOST = Option.value("host", "ADDRESS",
            "the address to listen on and be reached at (default: 127.0.0.1, this machine only)");

    private final SweepWorker worker;

    @Activate
    public MemberCommand(@Reference SweepWorker worker) {
        this.worker = worker;
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public String summary() {
        return "run a cluster member that takes the runs of vwb sweep --cluster";
    }

    @Override
    public String usage() {
        return "[--join HOST:PORT,...] [--port P]";
    }

    @Override
    public String help() {
        return """
                Starts a member of a vwb cluster (Hazelcast) and runs until Ctrl-C or SIGTERM. Members find each
                other only through the addresses given with --join (TCP/IP; no multicast, no discovery, nothing
                sent anywhere else). Each member runs as many sweep runs at once as it has cores; when a member
                dies, the others run its runs again. Submit a sweep with vwb sweep FILE ... --cluster HOST:PORT.
                Three members on this machine:
                  vwb member --port 5701 &
                  vwb member --port 5702 --join 127.0.0.1:5701 &
                  vwb member --port 5703 --join 127.0.0.1:5701,127.0.0.1:5702 &""";
    }

    @Override
    public List<Option> options() {
        return List.of(JOIN, PORT, HOST);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("member takes no operands, not " + arguments.operands());
        }
        int port = port(arguments.value(PORT).orElse("5701"));
        String host = arguments.value(HOST).orElse("127.0.0.1").strip();
        List<String> join = new ArrayList<>();
        for (String value : arguments.values(JOIN)) {
            for (String member : value.split(",")) {
                String address = member.strip();
                int colon = address.lastIndexOf(':');
                if (colon <= 0) {
                    throw new UsageException("--join '" + value + "': each member is HOST:PORT, not '" + address + "'");
                }
                port(address.substring(colon + 1));
                join.add(address);
            }
        }
        HazelcastInstance member;
        try {
            member = Hazelcast.newHazelcastInstance(ClusterSettings.member(host, port, join, worker, io::progress,
                    io.debug()));
        } catch (RuntimeException e) {
            return io.fail("cannot start a member on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            member.shutdown();
            stopped.countDown();
        }, "vwb member: stop");
        Runtime.getRuntime().addShutdownHook(hook);
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                io.progress("member " + event.getMember().getAddress() + " joined; " + members(event.getMembers()
                        .size()));
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                io.progress("member " + event.getMember().getAddress() + " left; " + members(event.getMembers()
                        .size()));
            }
        });
        io.progress("member " + host + ":" + port + " of cluster '" + ClusterSettings.CLUSTER + "' started; "
                + members(member.getCluster().getMembers().size()) + "; Ctrl-C stops it");
        stopped.await();
        return ExitCodes.OK;
    }

    private static String members(int count) {
        return count + (count == 1 ? " member" : " members") + " in the cluster";
    }

    private static int port(String written) {
        try {
            int port = Integer.parseInt(written.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("'" + written + "' is not a port (1 to 65535)");
    }
}
