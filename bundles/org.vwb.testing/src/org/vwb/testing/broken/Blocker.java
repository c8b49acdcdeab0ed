package org.vwb.testing.broken;

import java.util.concurrent.CountDownLatch;

/**
 * What a plugin that "never returns" waits on: nothing that ever comes while the component lives. Released when
 * the component is deactivated, so the threads it held do not outlive the test.
 */
final class Blocker {

    private final CountDownLatch released = new CountDownLatch(1);

    /** Blocks until {@link #release()}; an interrupt is ignored, as a plugin stuck in a loop would ignore it. */
    void block() {
        boolean interrupted = false;
        while (released.getCount() > 0) {
            try {
                released.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        released.countDown();
    }
}
