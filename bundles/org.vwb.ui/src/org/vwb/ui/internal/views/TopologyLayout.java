package org.vwb.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverDomain;
import org.vwb.model.DriverPlacement;
import org.vwb.model.PhysicalDevice;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * Where everything of a configuration goes in the topology diagram: the hypervisor across the top, the parent
 * partition, driver domains and VMs as columns below it (each VM with its devices), the host's physical devices
 * at the bottom, each physical driver inside the context that runs it. Links: a synthetic device's channel goes
 * straight to the context of its back end; an emulated device's path traps into the hypervisor first; a
 * passthrough device goes to the hardware itself. Each link's line is routed around every text and every box it
 * does not connect ({@link TopologyRoutes}).
 */
public final class TopologyLayout {

    /** How a link is drawn. */
    public enum Style {
        SYNTHETIC, EMULATED, PASSTHROUGH, DRIVER
    }

    public record Box(EObject element, String label, String detail, Rectangle bounds, boolean chip) {
    }

    public record Link(Box from, Box to, Style style) {
    }

    /** A link's line: orthogonal segments through {@code points}, from its source's edge to its target's. */
    public record Route(Link link, List<Point> points) {
    }

    private static final int MARGIN = 12;
    private static final int ROW_GAP = 40;
    private static final int CHIP_HEIGHT = 22;
    private static final int HEADER = 36;

    private final List<Box> boxes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<EObject, Box> byElement = new LinkedHashMap<>();
    private final Map<Box, Box> containers = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();

    TopologyLayout(Configuration configuration, int width) {
        Box hypervisor = box(configuration.getHypervisor(), "Hypervisor " + configuration.getHypervisor().getName(),
                configuration.getHypervisor().getVendorProfile() + ", drivers "
                        + placementOf(configuration).getLiteral().toLowerCase().replace('_', ' '),
                new Rectangle(MARGIN, MARGIN, width - 2 * MARGIN, HEADER + CHIP_HEIGHT + 8), false);
        List<EObject> columns = new ArrayList<>();
        if (configuration.getParentPartition() != null) {
            columns.add(configuration.getParentPartition());
        }
        columns.addAll(configuration.getDriverDomains());
        columns.addAll(configuration.getVirtualMachines());
        int maxChips = 1;
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            maxChips = Math.max(maxChips, vm.getDevices().size());
        }
        maxChips = Math.max(maxChips, configuration.getDrivers().size());
        int top = hypervisor.bounds().y + hypervisor.bounds().height + ROW_GAP;
        int columnWidth = (width - MARGIN) / Math.max(1, columns.size()) - MARGIN;
        int height = HEADER + maxChips * (CHIP_HEIGHT + 4) + 8;
        for (int i = 0; i < columns.size(); i++) {
            EObject element = columns.get(i);
            Rectangle r = new Rectangle(MARGIN + i * (columnWidth + MARGIN), top, columnWidth, height);
            if (element instanceof VirtualMachine vm) {
                box(vm, "VM " + vm.getName(), vm.getOperatingSystem() + (vm.isEnlightened() ? ", enlightened" : ""),
                        r, false);
                int y = r.y + HEADER;
                for (VirtualDevice device : vm.getDevices()) {
                    chip(vm, device, device.getName() + " \u00b7 " + device.getDeviceModel(),
                            device.getMode().getLiteral().toLowerCase() + " " + device.getKind().getLiteral().toLowerCase(),
                            y);
                    y += CHIP_HEIGHT + 4;
                }
            } else {
                String kind = element instanceof DriverDomain ? "Driver domain " : "Parent partition ";
                org.vwb.model.Partition partition = (org.vwb.model.Partition) element;
                box(element, kind + partition.getName(), partition.getOperatingSystem(), r, false);
            }
        }
        int bottom = top + height + ROW_GAP;
        List<PhysicalDevice> hardware = configuration.getHost() == null ? List.of() : configuration.getHost().getDevices();
        int chipWidth = (width - MARGIN) / Math.max(1, hardware.size()) - MARGIN;
        for (int i = 0; i < hardware.size(); i++) {
            PhysicalDevice device = hardware.get(i);
            box(device, device.getName() + " \u00b7 " + device.getVendor(), device.getPciId(),
                    new Rectangle(MARGIN + i * (chipWidth + MARGIN), bottom, chipWidth, CHIP_HEIGHT + 8), true);
        }
        placeDrivers(configuration, hypervisor);
        linkDevices(configuration, hypervisor);
        int[] gutters = new int[columns.size() + 1];
        for (int i = 0; i < gutters.length; i++) {
            gutters[i] = MARGIN / 2 + i * (columnWidth + MARGIN);
        }
        TopologyRoutes router = new TopologyRoutes(hypervisor, containers, gutters,
                hypervisor.bounds().y + hypervisor.bounds().height, top + height, ROW_GAP);
        for (Link link : links) {
            routes.add(new Route(link, router.route(link)));
        }
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Link> links() {
        return links;
    }

    public Box boxOf(EObject element) {
        return byElement.get(element);
    }

    /** Each link's line, in the order of {@link #links()}. */
    public List<Route> routes() {
        return routes;
    }

    /** The column (partition, domain or VM) or the hypervisor a chip sits in; null for anything else. */
    public Box containerOf(Box box) {
        return containers.get(box);
    }

    /** Total height the diagram needs. */
    int height() {
        return boxes.stream().mapToInt(b -> b.bounds().y + b.bounds().height).max().orElse(0) + MARGIN;
    }

    private void placeDrivers(Configuration configuration, Box hypervisor) {
        Map<Box, Integer> used = new LinkedHashMap<>();
        for (PhysicalDriver driver : configuration.getDrivers()) {
            Box context = driverContext(configuration, driver, hypervisor);
            int n = used.merge(context, 1, Integer::sum) - 1;
            Rectangle c = context.bounds();
            Box chip;
            if (context == hypervisor) {
                int w = 170;
                chip = box(driver, "driver " + driver.getName(), provenance(driver),
                        new Rectangle(c.x + c.width - (n + 1) * (w + 8), c.y + HEADER - 6, w, CHIP_HEIGHT), true);
                containers.put(chip, context);
            } else {
                chip = chip(context.element(), driver, "driver " + driver.getName(), provenance(driver),
                        c.y + HEADER + n * (CHIP_HEIGHT + 4));
            }
            Box hardware = byElement.get(driver.getDevice());
            if (hardware != null) {
                links.add(new Link(chip, hardware, Style.DRIVER));
            }
        }
    }

    private void linkDevices(Configuration configuration, Box hypervisor) {
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            for (VirtualDevice device : vm.getDevices()) {
                Box from = byElement.get(device);
                PhysicalDevice backing = backing(configuration, device);
                Box hardware = backing == null ? null : byElement.get(backing);
                Box driver = configuration.getDrivers().stream().filter(d -> d.getDevice() == backing)
                        .map(byElement::get).findFirst().orElse(hardware);
                if (device.getMode() == DeviceMode.PASSTHROUGH && hardware != null) {
                    links.add(new Link(from, hardware, Style.PASSTHROUGH));
                } else if (device.getMode() == DeviceMode.SYNTHETIC && driver != null) {
                    links.add(new Link(from, driver, Style.SYNTHETIC));
                } else if (device.getMode() == DeviceMode.EMULATED) {
                    links.add(new Link(from, hypervisor, Style.EMULATED));
                    if (driver != null && !hypervisor.bounds().contains(driver.bounds().x, driver.bounds().y)) {
                        links.add(new Link(hypervisor, driver, Style.EMULATED));
                    }
                }
            }
        }
    }

    /** The host device a virtual device is served by: its backing, else the host's first device of its kind. */
    static PhysicalDevice backing(Configuration configuration, VirtualDevice device) {
        if (device.getBacking() != null) {
            return device.getBacking();
        }
        if (configuration.getHost() == null) {
            return null;
        }
        return configuration.getHost().getDevices().stream().filter(d -> d.getKind() == device.getKind()).findFirst()
                .orElse(null);
    }

    private Box driverContext(Configuration configuration, PhysicalDriver driver, Box hypervisor) {
        DriverPlacement placement = driver.getPlacement() != null ? driver.getPlacement() : placementOf(configuration);
        if (placement == DriverPlacement.DRIVER_DOMAIN && driver.getDomain() != null
                && byElement.containsKey(driver.getDomain())) {
            return byElement.get(driver.getDomain());
        }
        if (placement != DriverPlacement.IN_HYPERVISOR && configuration.getParentPartition() != null) {
            return byElement.get(configuration.getParentPartition());
        }
        return hypervisor;
    }

    private static DriverPlacement placementOf(Configuration configuration) {
        DriverPlacement placement = configuration.getHypervisor().getDriverPlacement();
        return placement == null ? DriverPlacement.IN_HYPERVISOR : placement;
    }

    private static String provenance(PhysicalDriver driver) {
        return (driver.isCertified() ? "certified" : "not certified")
                + (driver.getProvenance() == null ? "" : ", " + driver.getProvenance());
    }

    /** A chip inside the box of {@code container}, inset so that lines can pass beside it (TopologyRoutes). */
    private Box chip(EObject container, EObject element, String label, String detail, int y) {
        Box column = byElement.get(container);
        Rectangle parent = column.bounds();
        Box chip = box(element, label, detail, new Rectangle(parent.x + TopologyRoutes.CHIP_INSET, y,
                parent.width - 2 * TopologyRoutes.CHIP_INSET, CHIP_HEIGHT), true);
        containers.put(chip, column);
        return chip;
    }

    private Box box(EObject element, String label, String detail, Rectangle bounds, boolean chip) {
        Box box = new Box(element, label, detail == null ? "" : detail, bounds, chip);
        boxes.add(box);
        byElement.put(element, box);
        return box;
    }
}
