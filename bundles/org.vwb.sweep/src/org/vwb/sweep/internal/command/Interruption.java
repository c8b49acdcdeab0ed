package org.vwb.sweep.internal.command;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a sweep: the JVM's shutdown hook interrupts the command's thread while runs are going (the
 * executor then cancels every run), and waits for the command to end, so it can say what was cancelled.
 * Once the reports are being written it only waits: an interrupt then could leave a file half written.
 */
final class Interruption implements AutoCloseable {

    /** How long Ctrl-C waits for the runs to stop and the command to report; runs look every 1/200 of their time. */
    private static final long WAIT_SECONDS = 30;

    private final Thread command = Thread.currentThread();
    private final Thread hook = new Thread(this::interrupted, "vwb sweep: Ctrl-C");
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean writing;
    private boolean installed;

    Interruption(boolean install) {
        if (install) {
            Runtime.getRuntime().addShutdownHook(hook);
            installed = true;
        }
    }

    /** From now on the command writes its outputs: Ctrl-C waits for them instead of interrupting. */
    synchronized void writing() {
        writing = true;
        Thread.interrupted(); // an interrupt that came just before belongs to the runs, which are over
    }

    private void interrupted() {
        synchronized (this) {
            if (!writing) {
                command.interrupt();
            }
        }
        try {
            ended.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        ended.countDown();
        if (installed) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and has just been told the command ended
            }
        }
    }
}
