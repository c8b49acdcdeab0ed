package org.vwb.live.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;

/**
 * What Tab offers in the shell: the commands (vwb's first), then, word by word, what a vwb command takes: the
 * targets of the loaded configuration for {@code vwb:set}, their properties and values, the installed vendor
 * profiles, the command names for {@code vwb:help}.
 */
final class ShellCompletions {

    private ShellCompletions() {
    }

    /** Every command of the session: vwb's, then the framework's. */
    @SuppressWarnings("unchecked")
    static List<String> commands(CommandSession session) {
        List<String> names = new ArrayList<>();
        ShellHelp.names().forEach(name -> names.add("vwb:" + name));
        Object all = session.get(".commands");
        if (all instanceof Collection<?> commands) {
            ((Collection<Object>) commands).stream().map(String::valueOf).filter(c -> !c.startsWith("vwb:")).sorted()
                    .forEach(names::add);
        }
        return names;
    }

    /**
     * The choices for the word after {@code words}: a command line's words so far, the command first.
     *
     * @param configuration the configuration vwb:set would change, or null when none is loaded
     * @param vendors       the installed vendor profiles
     */
    static List<String> after(List<String> words, Configuration configuration, List<String> vendors) {
        String command = words.get(0).startsWith("vwb:") ? words.get(0).substring(4) : words.get(0);
        int index = words.size() - 1;
        return switch (command) {
            case "help" -> index == 0 ? list(ShellHelp.names()) : List.of();
            case "start" -> index == 0 || !words.get(index).startsWith("--") ? List.of("--config", "--speed", "10s",
                    "1m", "1h") : words.get(index).equals("--speed") ? List.of("1", "10", "max") : List.of();
            case "set" -> set(words.subList(1, words.size()), configuration, vendors);
            case "speed" -> index == 0 ? List.of("1", "10", "100", "max") : List.of();
            default -> List.of();
        };
    }

    private static List<String> set(List<String> args, Configuration configuration, List<String> vendors) {
        if (args.isEmpty()) {
            return configuration == null ? List.of("vendor", "hypervisor") : targets(configuration);
        }
        String target = args.get(0);
        if (target.equals("vendor")) {
            return args.size() == 1 ? vendors : List.of();
        }
        boolean property = args.size() % 2 == 1;
        if (property) {
            return target.equals("hypervisor") ? List.of("placement", "vendor")
                    : target.contains("/") ? List.of("mode", "model", "backing") : List.of("vcpus", "enlightened");
        }
        return switch (args.get(args.size() - 1).toLowerCase(Locale.ROOT)) {
            case "mode" -> names(DeviceMode.values());
            case "placement" -> names(DriverPlacement.values());
            case "vendor" -> vendors;
            case "enlightened" -> List.of("true", "false");
            case "backing" -> backings(configuration);
            default -> List.of();
        };
    }

    private static List<String> backings(Configuration configuration) {
        List<String> names = new ArrayList<>();
        if (configuration != null && configuration.getHost() != null) {
            configuration.getHost().getDevices().forEach(d -> names.add(d.getName()));
        }
        names.add("none");
        return names;
    }

    private static List<String> targets(Configuration configuration) {
        List<String> targets = new ArrayList<>(List.of("vendor", "hypervisor"));
        for (VirtualMachine vm : configuration.getVirtualMachines()) {
            targets.add(vm.getName());
            for (VirtualDevice device : vm.getDevices()) {
                targets.add(vm.getName() + "/" + device.getName());
            }
        }
        return targets;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> list(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        return list;
    }
}
