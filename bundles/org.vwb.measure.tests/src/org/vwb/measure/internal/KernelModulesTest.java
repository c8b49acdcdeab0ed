package org.vwb.measure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load order from the modules' own depends= entries, as an unpacked kernel package has no modules.dep. */
class KernelModulesTest {

    @TempDir
    Path modules;

    private void module(String path, String depends) throws IOException {
        Path file = modules.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, ("\u007fELF...\0license=GPL\0depends=" + depends + "\0name=x\0")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void dependenciesComeFirstAndEachModuleOnce() throws Exception {
        module("kernel/drivers/ata/ata_piix.ko", "libata");
        module("kernel/drivers/ata/libata.ko", "scsi_mod,scsi_common");
        module("kernel/drivers/scsi/scsi_mod.ko", "scsi_common");
        module("kernel/drivers/scsi/scsi_common.ko", "");
        module("kernel/drivers/scsi/sd_mod.ko", "scsi_mod,t10-pi");
        module("kernel/block/t10-pi.ko", "");

        List<String> order = new KernelModules(modules).loadOrder(List.of("ata_piix", "sd_mod")).stream()
                .map(p -> p.getFileName().toString()).toList();

        assertEquals(List.of("scsi_common.ko", "scsi_mod.ko", "libata.ko", "ata_piix.ko", "t10-pi.ko", "sd_mod.ko"),
                order);
    }

    @Test
    void aMissingDependencyIsNamedWithTheModuleThatNeedsIt() throws Exception {
        module("kernel/drivers/net/virtio_net.ko", "virtio_ring,net_failover");
        module("kernel/drivers/virtio/virtio_ring.ko", "");

        IOException e = assertThrows(IOException.class,
                () -> new KernelModules(modules).loadOrder(List.of("virtio_net")));
        assertEquals("the guest kernel has no module net_failover (needed by virtio_net)", e.getMessage());
    }

    @Test
    void aModuleWithoutDependsEntryHasNone() {
        assertEquals(List.of(), KernelModules.dependencies("\0license=GPL\0".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of("mii"), KernelModules.dependencies("\0depends=mii\0".getBytes(StandardCharsets.US_ASCII)));
    }
}
