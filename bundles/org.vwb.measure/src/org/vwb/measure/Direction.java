package org.vwb.measure;

/** Which way a request moves data; the model's read/write flag of a request, whatever the device's kind. */
public enum Direction {

    /** A block read, or a network adapter receiving a frame. */
    READ("reads", "read", "received"),
    /** A block write, or a network adapter transmitting a frame. */
    WRITE("writes", "write", "transmitted");

    private final String vm;
    private final String block;
    private final String network;

    Direction(String vm, String block, String network) {
        this.vm = vm;
        this.block = block;
        this.network = network;
    }

    /** The virtual machine of {@code qemu-devices.vwb} that issues only requests of this direction. */
    public String vm() {
        return vm;
    }

    /** How people call this direction on a device of the given kind. */
    public String word(boolean network) {
        return network ? this.network : block;
    }
}
