package org.vwb.interchange.internal.ovf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The storage controllers of one exported VM. A device goes back on the controller it was imported on (the
 * {@code controller} source property, e.g. {@code ide1}) at its unit when that is free; a device without one
 * goes on a controller of its model with a free unit, and a new controller is added when none has one. So four
 * CD-ROMs take two IDE controllers of two units each, as real IDE has, instead of four units of one.
 */
final class OvfControllers {

    /** One controller written: its InstanceID, model and the units taken. */
    private record Controller(String instanceId, String model, Set<Integer> units) {
    }

    private final Function<String, String> create;
    private final Map<String, Controller> named = new LinkedHashMap<>();
    private final List<Controller> all = new ArrayList<>();

    /** {@code create} writes a controller item of a model and returns its InstanceID. */
    OvfControllers(Function<String, String> create) {
        this.create = create;
    }

    /** Units per controller: IDE has master and slave, SCSI 15 targets besides the HBA's, SATA 30 ports. */
    static int units(String model) {
        return switch (model) {
            case "ide" -> 2;
            case "ahci" -> 30;
            default -> 15;
        };
    }

    /** How many controllers of a model have been written, e.g. to warn about a third IDE controller. */
    long count(String model) {
        return all.stream().filter(c -> c.model().equals(model)).count();
    }

    /** A controller of its own for an imported controller no device was on. */
    void standalone(String model) {
        add(model);
    }

    /**
     * Places a device on a controller of {@code model}: returns the parent's InstanceID and the unit, as
     * {@code [instanceId, unit]}.
     */
    String[] place(String model, String name, String unit) {
        String key = name == null ? null : name + "/" + model;
        Controller controller = key == null ? null : named.get(key);
        if (controller == null || controller.units().size() >= units(model)) {
            controller = key != null ? null : all.stream().filter(c -> c.model().equals(model)
                    && c.units().size() < units(model)).findFirst().orElse(null);
            if (controller == null) {
                controller = add(model);
            }
            if (key != null) {
                named.put(key, controller);
            }
        }
        int wanted = unit != null && unit.matches("[0-9]{1,2}") ? Integer.parseInt(unit) : -1;
        int taken = wanted >= 0 && !controller.units().contains(wanted) ? wanted : free(controller);
        controller.units().add(taken);
        return new String[] {controller.instanceId(), String.valueOf(taken)};
    }

    private Controller add(String model) {
        Controller controller = new Controller(create.apply(model), model, new HashSet<>());
        all.add(controller);
        return controller;
    }

    private static int free(Controller controller) {
        int unit = 0;
        while (controller.units().contains(unit) || (unit == 7 && !controller.model().equals("ide")
                && !controller.model().equals("ahci"))) {
            unit++; // unit 7 is the SCSI HBA's own target
        }
        return unit;
    }
}
