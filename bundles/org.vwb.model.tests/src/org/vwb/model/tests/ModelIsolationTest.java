package org.vwb.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;
import org.vwb.testing.Examples;

/** A .vwb file resolves only within itself: loading and validating never open anything but the file named. */
class ModelIsolationTest {

    /** Only a guard against the hang this class prevents: a FIFO opened for reading blocks forever. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void referenceToAnHttpUrlSendsNoRequestAndIsAnErrorNamingTheReference() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger requests = answerEveryRequest(server);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/h.vwb#//@hosts.0";
            List<Finding> findings = validate(SeedText.withHostAt(temp, url));
            assertEquals(0, requests.get(), "no request reached the server");
            assertTrue(findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR
                    && f.path().equals("configuration 'esxi-3.5'") && f.reason().contains("reference 'host'")
                    && f.reason().contains(url) && f.reason().contains("outside this file")), findings.toString());
        }
    }

    @Test
    void unknownNamespaceIsNotFetchedFromItsUrl() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger requests = answerEveryRequest(server);
            String namespace = "http://127.0.0.1:" + server.getLocalPort() + "/evil.ecore";
            Path file = SeedText.withFirst(temp, "<hosts name=", "<hosts xmlns:xsi=\"http://www.w3.org/2001/"
                    + "XMLSchema-instance\" xmlns:evil=\"" + namespace + "\" xsi:type=\"evil:Host\" name=");
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
            assertEquals(0, requests.get(), "no request reached the server");
            assertTrue(e.reason().contains(namespace), e.getMessage());
        }
    }

    @Test
    void referenceToAnotherLocalFileLeavesThatFileUnreadAndIsAnError() throws Exception {
        Path other = Files.copy(Examples.path("seed/esx-vs-hyperv.vwb"), temp.resolve("other.vwb"));
        Path file = SeedText.withHostAt(Files.createDirectory(temp.resolve("m")), other.toUri() + "#//@hosts.0");
        Model model = ModelFiles.load(file);
        List<Finding> findings = ModelValidation.validate(model);
        assertTrue(model.getConfigurations().get(0).getHost().eIsProxy(), "the other file was not loaded");
        assertEquals(1, model.eResource().getResourceSet().getResources().size(), "only the file named is loaded");
        assertTrue(findings.stream().anyMatch(f -> f.reason().contains("reference 'host'")
                && f.reason().contains("other.vwb")), findings.toString());
    }

    @Test
    void referenceToAFifoReturnsAnErrorInsteadOfBlocking() throws Exception {
        Path fifo = fifo("pipe.vwb");
        Path file = SeedText.withHostAt(temp, fifo.toUri() + "#//@hosts.0");
        List<Finding> findings = assertTimeoutPreemptively(HANG, () -> validate(file));
        assertTrue(ModelValidation.hasErrors(findings) && findings.stream()
                .anyMatch(f -> f.reason().contains("pipe.vwb")), findings.toString());
    }

    @Test
    void fifoGivenAsTheModelIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = fifo("named.vwb");
        ModelLoadException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(fifo)));
        assertTrue(e.reason().contains("not a regular file"), e.getMessage());
    }

    private static List<Finding> validate(Path file) throws ModelLoadException {
        return ModelValidation.validate(ModelFiles.load(file));
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = temp.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor(), "mkfifo");
        return fifo;
    }

    /** Counts the connections a server gets and answers each with a 404, so a client that asks never hangs. */
    private static AtomicInteger answerEveryRequest(ServerSocket server) {
        AtomicInteger requests = new AtomicInteger();
        Thread answering = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                    requests.incrementAndGet();
                    out.write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        }, "loopback-http");
        answering.setDaemon(true);
        answering.start();
        return requests;
    }
}
