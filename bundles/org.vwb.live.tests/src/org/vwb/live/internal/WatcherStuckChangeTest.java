package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.core.LiveRun;
import org.vwb.core.PluginCalls;
import org.vwb.core.RunOptions;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.model.persistence.ModelFiles;

/**
 * A change set whose verdict never comes (a plugin stuck past every bound) delays only its own verdict: the watch
 * says it waits, keeps going, ends at its duration and prints its summary.
 */
class WatcherStuckChangeTest {

    private static final long DURATION = 2_000_000_000L;

    @TempDir
    Path dir;

    private final String timeoutBefore = System.getProperty(PluginCalls.TIMEOUT_PROPERTY);

    @AfterEach
    void restoreTimeout() {
        if (timeoutBefore == null) {
            System.clearProperty(PluginCalls.TIMEOUT_PROPERTY);
        } else {
            System.setProperty(PluginCalls.TIMEOUT_PROPERTY, timeoutBefore);
        }
    }

    @Test
    void aChangeThatNeverGetsAVerdictDoesNotHoldTheWatch() throws Exception {
        System.setProperty(PluginCalls.TIMEOUT_PROPERTY, "100ms");
        try (LiveFixture fixture = new LiveFixture()) {
            Path file = LiveFixture.write(dir.resolve("watched.vwb"), c -> { });
            LiveRun real = fixture.live().start(ModelFiles.load(file), null, new RunOptions(DURATION, 1,
                    DURATION / 1000), 1.0);
            LiveRun stuck = neverAnswering(real);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandIo io = new CommandIo(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
            Watcher watcher = new Watcher(file, stuck, io, false, new ByteArrayInputStream(new byte[0]), false,
                    DURATION);
            Thread saver = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    LiveFixture.write(file, c -> c.setName(c.getName() + "-renamed"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            saver.start();
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), watcher::watch);
            saver.join();
            String errors = err.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCodes.OK, exit, errors);
            assertTrue(errors.contains(file + ": a change saved ") && errors.contains(" is not applied yet"), errors);
            assertTrue(errors.contains(file + ": a saved change got no verdict before the run ended"), errors);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(" completed after 2.000 s simulated"), out::toString);
        }
    }

    /** The real run, except that a change handed to it never gets a verdict. */
    private static LiveRun neverAnswering(LiveRun real) {
        return (LiveRun) Proxy.newProxyInstance(LiveRun.class.getClassLoader(), new Class<?>[] {LiveRun.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("submit") || method.getName().equals("change")) {
                        return new CompletableFuture<>();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
