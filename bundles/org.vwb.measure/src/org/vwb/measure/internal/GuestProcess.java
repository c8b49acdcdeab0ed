package org.vwb.measure.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The QEMU process of one guest. It never outlives the harness: {@link #close()} destroys it with every child it
 * started, and a JVM shutdown hook does the same for any guest still running when the JVM exits (Ctrl-C, a kill).
 */
final class GuestProcess implements AutoCloseable {

    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(GuestProcess::destroyTree),
                "vwb-measure-guest-cleanup"));
    }

    private final Process process;

    private GuestProcess(Process process) {
        this.process = process;
        RUNNING.add(process.toHandle());
    }

    /** Starts QEMU with its own output (errors before the guest runs) in {@code output}. */
    static GuestProcess start(List<String> command, Path output) throws java.io.IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        return new GuestProcess(process);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits up to {@code timeout} for QEMU to exit by itself; whether it did. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        destroyTree(process.toHandle());
        RUNNING.remove(process.toHandle());
    }

    /** Kills a process and all its descendants, and waits (boundedly) until they are gone. */
    static void destroyTree(ProcessHandle handle) {
        List<ProcessHandle> children = handle.descendants().toList();
        handle.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // The kill was sent; a process that takes longer to die is the kernel's business now.
        }
    }

    /** How many guests this JVM is running right now (the tests check it drops back to zero). */
    static int running() {
        RUNNING.removeIf(h -> !h.isAlive());
        return RUNNING.size();
    }

}
