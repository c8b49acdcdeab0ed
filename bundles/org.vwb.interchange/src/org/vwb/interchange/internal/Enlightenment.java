package org.vwb.interchange.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.vwb.model.DeviceMode;

/**
 * Decides whether an imported guest is enlightened (has synthetic drivers). The rule, also in
 * docs/interchange.md: a guest that uses a synthetic device is enlightened, since the device is useless
 * without its driver; otherwise a guest is enlightened when its OS ships paravirtual drivers in the box for
 * the platform: Linux since 2.6.25 (virtio, Xen netfront/blkfront, Hyper-V netvsc/storvsc, vmxnet3 since 2.6.32)
 * and, on Hyper-V only, Windows Server 2008 / Vista and later (integration components in the box).
 * Windows needs VMware Tools, virtio-win or Xen PV drivers installed elsewhere; a file does not tell, so no.
 */
public final class Enlightenment {

    /** Linux families whose current releases carry PV drivers in the kernel. */
    private static final Pattern PV_LINUX = Pattern.compile(
            "rhel[5-9]|rhel_?[6-9]|centos|rocky|alma|ubuntu|debian(1[0-9]|[6-9])|debian|sles1[1-9]|sles|fedora"
                    + "|opensuse|oracle ?linux|other(3|4|5|6)x ?linux|linux ?(2\\.6|[3-6]\\.)|other26xlinux-64"
                    + "|red ?hat enterprise linux ?([6-9]|1[0-9])|coreos|photon|amazon ?linux");

    private static final Pattern LEGACY_LINUX = Pattern.compile("other24x|linux ?2\\.[024]|rhel[2-4]");

    private static final Pattern MODERN_WINDOWS = Pattern.compile(
            "windows (server )?(2008|2012|2016|2019|2022|2025|vista|7|8|10|11)|win(longhorn|vista|7|8|10|11)"
                    + "|windows(7|8|9)srv|windows2019srv");

    private Enlightenment() {
    }

    public static boolean isEnlightened(String operatingSystem, Platform platform, List<ImportedDevice> devices) {
        if (devices.stream().anyMatch(d -> d.mode() == DeviceMode.SYNTHETIC)) {
            return true;
        }
        String os = operatingSystem == null ? "" : operatingSystem.toLowerCase(Locale.ROOT);
        if (LEGACY_LINUX.matcher(os).find()) {
            return false;
        }
        if (PV_LINUX.matcher(os).find()) {
            return true;
        }
        return platform == Platform.HYPERV && MODERN_WINDOWS.matcher(os).find();
    }
}
