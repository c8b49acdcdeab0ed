package org.vwb.measure.internal;

import java.util.List;
import java.util.Locale;

import org.vwb.measure.MeasuredDevice;

/**
 * The guest's init script: load the devices' modules, find each device by its PCI slot, then an idle baseline and
 * one window per device and direction, each opened and closed by a marker. A marker is a write of
 * {@value #MARKER_TEXT} to port 0x80 (QEMU's {@code ioport80} region, which the trace records like any access)
 * followed by a {@code vwb-mark} line on the serial console with the guest's uptime and its interrupt counts; the
 * k-th marker in the trace and the k-th line belong together.
 */
final class GuestScript {

    /**
     * The byte a marker writes to port 0x80. The kernel's own I/O delays write there too (outb_p), at run time only
     * a CMOS register index, below 0x80 or with the NMI bit: never 0xA5. A marker count that differs between the
     * trace and the console fails the run rather than shifting the windows.
     */
    static final int MARKER = 0xA5;
    /** Long enough for the host to see a mark (it polls the console every 50 ms) and ask QMP, on a busy host too. */
    static final int PAUSE_MICROS = 300_000;
    static final String MARKER_TEXT = "0xa5";
    /** The guest's UDP port behind each adapter's host forwarding. */
    static final int GUEST_PORT = 9000;
    /** Seconds of the idle baseline window. */
    static final int IDLE_SECONDS = 3;
    /** Microseconds between two transmitted frames: one request at a time, as the model traces one. */
    static final int PACE_MICROS = 20_000;

    private GuestScript() {
    }

    /** The subnet QEMU's user networking gives the n-th network device: 10.0.2.0/24, 10.0.3.0/24... */
    static String subnet(int networkIndex) {
        return "10.0." + (2 + networkIndex);
    }

    /**
     * @param pauseAfterMarks whether the guest pauses after each mark ({@value #PAUSE_MICROS} µs) so the host can
     *                        read KVM's counters between two windows (under KVM only: under TCG there are none)
     */
    static String generate(List<MeasuredDevice> devices, int requests, int hostPort, boolean pauseAfterMarks) {
        StringBuilder setup = new StringBuilder();
        StringBuilder work = new StringBuilder();
        int networks = 0;
        for (MeasuredDevice device : devices) {
            String var = "$NODE_" + device.id().replace('-', '_');
            if (device.network()) {
                String net = subnet(networks++);
                setup.append(String.format(Locale.ROOT, "setup %s net %s %s%n", device.id(), device.slot(), net));
                work.append(String.format(Locale.ROOT, "net_write %s %s %s%nnet_read %s %s%n", device.id(), var,
                        net, device.id(), var));
            } else {
                setup.append(String.format(Locale.ROOT, "setup %s blk %s%n", device.id(), device.slot()));
                work.append(String.format(Locale.ROOT, "blk %s %s read%nblk %s %s write%n", device.id(), var,
                        device.id(), var));
            }
        }
        return TEMPLATE.replace("@REQUESTS@", Integer.toString(requests))
                .replace("@PAUSE@", pauseAfterMarks ? "usleep " + PAUSE_MICROS : ":")
                .replace("@PACE@", Integer.toString(PACE_MICROS))
                .replace("@IDLE@", Integer.toString(IDLE_SECONDS))
                .replace("@MARKER@", String.format(Locale.ROOT, "\\%03o", MARKER))
                .replace("@HOSTPORT@", Integer.toString(hostPort))
                .replace("@GUESTPORT@", Integer.toString(GUEST_PORT))
                .replace("@SETUP@", setup.toString())
                .replace("@WORK@", work.toString());
    }

    private static final String TEMPLATE = """
            #!/bin/busybox sh
            /bin/busybox mkdir -p /proc /sys /dev /tmp /var/log /var/run
            /bin/busybox --install -s /bin
            export PATH=/bin
            mount -t proc proc /proc
            mount -t sysfs sysfs /sys
            mount -t devtmpfs devtmpfs /dev
            echo "vwb-guest kernel $(uname -r) $(uname -v)"
            for m in $(cat /modules/order); do insmod /modules/$m || echo "vwb-guest warning: insmod $m failed"; done
            # A datagram for a port nobody listens on would make the guest answer ICMP port unreachable, a frame
            # each: a per-peer limit of one a day leaves the windows with only the frames under test.
            echo 100000000 > /proc/sys/net/ipv4/icmp_ratelimit
            N=@REQUESTS@
            IRQS=""
            fail() { echo "vwb-guest error: $*"; poweroff -f; }
            node() {
              for t in $(seq 150); do
                if [ "$2" = net ]; then
                  for d in /sys/bus/pci/devices/0000:00:$1/net/* /sys/bus/pci/devices/0000:00:$1/virtio*/net/*; do
                    [ -e "$d" ] && { basename "$d"; return 0; }
                  done
                else
                  for d in /sys/block/*; do
                    case "$(readlink -f "$d")" in */0000:00:$1/*) basename "$d"; return 0;; esac
                  done
                fi
                usleep 200000
              done
              return 1
            }
            irqname() {
              case "$1" in
                ide) echo "ata_piix";;
                ahci) echo "ahci[0000:00:$2]";;
                virtio-*) echo "$(basename /sys/bus/pci/devices/0000:00:$2/virtio*)-";;
                *) echo "$3";;
              esac
            }
            irqs() {
              awk -v pats="$IRQS" 'BEGIN { n = split(pats, p, "|") }
                { for (i = 1; i <= n; i++) if (index($0, p[i]) > 0) s[i] += $2 }
                END { for (i = 1; i <= n; i++) printf " %d", s[i] + 0; printf "\\n" }' /proc/interrupts
            }
            mark() {
              printf '@MARKER@' | dd of=/dev/port bs=1 seek=128 count=1 2>/dev/null
              echo "vwb-mark $1 $(cut -d' ' -f1 /proc/uptime)$(irqs)"
              @PAUSE@
            }
            setup() {
              n=$(node $3 $2) || fail "no $2 device at PCI 0000:00:$3 for $1"
              if [ "$2" = net ]; then
                ip addr add $4.15/24 dev $n && ip link set $n up || fail "cannot configure $n for $1"
                for t in $(seq 100); do [ "$(cat /sys/class/net/$n/operstate)" = up ] && break; usleep 100000; done
                arping -c 1 -w 2 -I $n $4.2 > /dev/null 2>&1
              fi
              eval "NODE_$(echo $1 | tr - _)=$n"
              if [ -z "$IRQS" ]; then IRQS="$(irqname $1 $3 $n)"; else IRQS="$IRQS|$(irqname $1 $3 $n)"; fi
              echo "vwb-device $1 $n $(irqname $1 $3 $n)"
            }
            blk() {
              mark "$1:$3:begin"
              if [ "$3" = read ]; then dd if=/dev/$2 of=/dev/null bs=4096 count=$N iflag=direct 2>/dev/null
              else dd if=/dev/zero of=/dev/$2 bs=4096 count=$N oflag=direct 2>/dev/null; fi || fail "dd on /dev/$2"
              mark "$1:$3:end"
            }
            net_write() {
              syslogd -n -R $3.2:@HOSTPORT@ & s=$!
              usleep 500000
              mark "$1:write:begin"
              i=0; while [ $i -lt $N ]; do echo "$1 $i"; usleep @PACE@; i=$((i+1)); done | logger -t vwb
              usleep 200000
              mark "$1:write:end"
              kill $s; wait $s 2> /dev/null
            }
            net_read() {
              rx=$(cat /sys/class/net/$2/statistics/rx_packets)
              mark "$1:read:begin"
              echo "vwb-ready $1 @GUESTPORT@"
              # every 0.5 s: reading an interface's statistics is register accesses too (8139cp reads RxMissed)
              for t in $(seq 120); do
                [ $(( $(cat /sys/class/net/$2/statistics/rx_packets) - rx )) -ge $N ] && break; usleep 500000
              done
              mark "$1:read:end"
              echo "vwb-received $1 $(( $(cat /sys/class/net/$2/statistics/rx_packets) - rx ))"
            }
            @SETUP@
            mark idle:begin
            sleep @IDLE@
            mark idle:end
            @WORK@
            echo vwb-done
            poweroff -f
            """;
}
