package org.vwb.core.internal.paths;

/** One I/O request of a workload, from issue in the guest to completion in the guest's interrupt handler. */
public final class Request {

    final long issuedAt;
    final int bytes;
    final boolean read;
    final RequestSink sink;
    /** The connection it belongs to: a multi-queue device's receive-side scaling hashes it onto a queue. */
    final int flow;
    long completedAt = -1;
    /** The next request in the queue or batch it is in ({@link RequestQueue}); null when last or in none. */
    Request next;
    boolean queued;

    public Request(long issuedAt, int bytes, boolean read, RequestSink sink) {
        this(issuedAt, bytes, read, 0, sink);
    }

    public Request(long issuedAt, int bytes, boolean read, int flow, RequestSink sink) {
        this.issuedAt = issuedAt;
        this.bytes = bytes;
        this.read = read;
        this.flow = flow;
        this.sink = sink;
    }

    /** Who hears that a request completed: its workload, which may issue the next one (closed loop). */
    @FunctionalInterface
    public interface RequestSink {
        void completed(Request request);
    }
}
