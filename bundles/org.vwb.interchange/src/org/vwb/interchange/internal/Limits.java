package org.vwb.interchange.internal;

import java.math.BigInteger;
import java.nio.file.Path;

import org.vwb.interchange.InterchangeException;

/**
 * The largest VM any file may describe. A number beyond them is refused with its element, never truncated to
 * fit an {@code int} or guessed into range: a file that asks for more is broken or hostile.
 */
public final class Limits {

    /** KVM_MAX_VCPUS with CONFIG_MAXSMP (Linux 6.x, arch/x86/include/asm/kvm_host.h); ESXi 8 allows 768. */
    public static final int MAX_VCPUS = 4096;

    /** 4 PiB in MiB: the most x86-64 can address with 52-bit physical addresses (Intel SDM vol. 3A, 4.1.4). */
    public static final long MAX_MEMORY_MIB = 1L << 32;

    private static final BigInteger MEBIBYTE = BigInteger.ONE.shiftLeft(20);

    private Limits() {
    }

    /** A vCPU count read from a file: refused unless 1..{@link #MAX_VCPUS}. */
    public static int vcpus(Path file, int line, String element, String text) throws InterchangeException {
        BigInteger value = integer(file, line, element, text);
        if (value.compareTo(BigInteger.ONE) < 0 || value.compareTo(BigInteger.valueOf(MAX_VCPUS)) > 0) {
            throw new InterchangeException(file, line, element + " is " + text + " vCPUs; a VM has 1 to "
                    + MAX_VCPUS + " (KVM's limit, the highest of any hypervisor)");
        }
        return value.intValueExact();
    }

    /**
     * Memory of {@code text} units of {@code bytesPerUnit} bytes, in MiB (rounded down): refused when below
     * 1 MiB or above {@link #MAX_MEMORY_MIB}.
     */
    public static long memoryMiB(Path file, int line, String element, String text, BigInteger bytesPerUnit)
            throws InterchangeException {
        BigInteger mebibytes = integer(file, line, element, text).multiply(bytesPerUnit).divide(MEBIBYTE);
        if (mebibytes.signum() <= 0) {
            throw new InterchangeException(file, line, element + " is " + text + ", less than 1 MiB of memory");
        }
        if (mebibytes.compareTo(BigInteger.valueOf(MAX_MEMORY_MIB)) > 0) {
            throw new InterchangeException(file, line, element + " is " + text + ", " + mebibytes
                    + " MiB of memory: more than the 4 PiB x86-64 can address");
        }
        return mebibytes.longValueExact();
    }

    private static BigInteger integer(Path file, int line, String element, String text) throws InterchangeException {
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,40}")) {
            throw new InterchangeException(file, line, element + " is '" + (digits.length() > 40
                    ? digits.substring(0, 40) + "..." : digits) + "', not a positive whole number");
        }
        return new BigInteger(digits);
    }
}
