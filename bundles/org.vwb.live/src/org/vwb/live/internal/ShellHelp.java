package org.vwb.live.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The help of the shell's {@code vwb:} commands: the Gogo descriptors (what {@code help vwb:set} prints), the
 * overview {@code vwb:help} prints apart from the framework's hundred-odd commands, and the usage checks that
 * answer a wrong call with the command's usage instead of a Java signature.
 */
final class ShellHelp {

    static final String LOAD = "load a .vwb file; the shell owns it as an editor would.\nUsage: vwb:load FILE";
    static final String START = "run the loaded file's configuration live, following the shell's edits.\n"
            + "Usage: vwb:start [--config NAME] [--speed FACTOR|max] [DURATION]\n"
            + "  DURATION: simulated time, e.g. 30s, 2m, 1h (default 1h)\n"
            + "  FACTOR: simulated seconds per wall-clock second (default 1), or max\n"
            + "Example: vwb:start --config hyperv-2008 --speed 10 5m";
    static final String PAUSE = "pause the current run (simulated time stops; changes are still taken).\n"
            + "Usage: vwb:pause";
    static final String RESUME = "resume the current run.\nUsage: vwb:resume";
    static final String SPEED = "change the current run's pace at once (what ran is kept; a paused run keeps it for "
            + "its resume).\nUsage: vwb:speed FACTOR|max\n"
            + "  FACTOR: simulated seconds per wall-clock second, e.g. 1 for real time; max: as fast as possible";
    static final String STOP = "stop the current run and print its summary.\nUsage: vwb:stop";
    static final String STATUS = "the current run's live figures, one line per device: CPU and exits per request, "
            + "requests.\nUsage: vwb:status";
    static final String SET = "change the running configuration: one command on the shell's model, one change set "
            + "for the run; a refused one is undone.\n"
            + "Usage: vwb:set TARGET PROPERTY VALUE [PROPERTY VALUE]... | vwb:set vendor PROFILE\n"
            + "  VM/DEVICE  mode emulated|synthetic|passthrough, model MODEL, backing PHYSICAL-DEVICE|none\n"
            + "  VM         vcpus N, enlightened true|false\n"
            + "  hypervisor placement in_hypervisor|parent_partition|driver_domain|host_os, vendor PROFILE\n"
            + "  vendor PROFILE: another vendor profile with its default placement, parent partition, drivers and "
            + "device models, all in one change (profiles: vwb:plugins; 'hyperv-2008' names microsoft.hyperv-2008)\n"
            + "Examples: vwb:set legacy-vm/net0 mode synthetic model netvsc\n"
            + "          vwb:set legacy-vm/net0 mode passthrough model sriov-vf backing nic0\n"
            + "          vwb:set vendor hyperv-2008";
    static final String UNDO = "undo the last vwb:set (or redo): one change set for the run.\nUsage: vwb:undo";
    static final String REDO = "redo what vwb:undo undid: one change set for the run.\nUsage: vwb:redo";
    static final String PLUGINS = "the installed device models, placements, vendor profiles and cost models.\n"
            + "Usage: vwb:plugins";
    static final String INSTALL = "install a plugin (a bundle jar, a folder of jars or a local p2 repository) for "
            + "this shell and every later vwb; a live run can use its devices in its next change set.\n"
            + "Usage: vwb:install PATH|P2-REPOSITORY";
    static final String UNINSTALL = "uninstall installed plugins by bundle symbolic name; a live run parks the "
            + "devices that used them.\nUsage: vwb:uninstall ID...";
    static final String RUNS = "every live run: id, state, configuration, simulated time.\nUsage: vwb:runs";
    static final String HELP = "vwb's shell commands, or one in full.\nUsage: vwb:help [COMMAND]";
    /** The words a command takes, as Gogo's help lists its parameter. */
    static final String WORDS = "the words after the command, as its Usage line says";

    /** Every command and its help, in the order {@link #overview()} lists them. */
    private static final Map<String, String> COMMANDS = ordered("load", LOAD, "start", START, "status", STATUS,
            "set", SET, "undo", UNDO, "redo", REDO, "pause", PAUSE, "resume", RESUME, "speed", SPEED, "stop", STOP,
            "runs", RUNS, "plugins", PLUGINS, "install", INSTALL, "uninstall", UNINSTALL, "help", HELP);

    private ShellHelp() {
    }

    private static Map<String, String> ordered(String... namesAndHelp) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndHelp.length; i += 2) {
            map.put(namesAndHelp[i], namesAndHelp[i + 1]);
        }
        return map;
    }

    /** The names of vwb's shell functions, in the order {@link #overview()} lists them. */
    static Iterable<String> names() {
        return COMMANDS.keySet();
    }

    static String overview() {
        return "vwb's commands (the framework's own, such as lb, start, stop, are listed by 'help'):\n"
                + COMMANDS.entrySet().stream().map(e -> String.format(Locale.ROOT, "  vwb:%-8s %s", e.getKey(),
                        e.getValue().substring(0, e.getValue().indexOf(".\n"))))
                        .collect(Collectors.joining("\n"))
                + "\nvwb:help COMMAND (or help vwb:COMMAND) for one in full. At a terminal: Tab completes, Up and Down "
                + "recall earlier lines, Ctrl-C cancels the line or the command running.";
    }

    static String of(String command) {
        String name = command.startsWith("vwb:") ? command.substring(4) : command;
        String text = COMMANDS.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no vwb command '" + command + "' (" + String.join(", ", names())
                    + ")");
        }
        return "vwb:" + name + " - " + text;
    }

    /** Refuses a call with fewer than {@code min} or more than {@code max} words, with the command's usage. */
    static void expect(String command, String[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            String text = COMMANDS.get(command);
            throw new IllegalArgumentException("vwb:" + command + " takes " + (max == 0 ? "no arguments"
                    : min == max ? min + " argument" + (min == 1 ? "" : "s") : min + " to " + max + " arguments")
                    + "; usage: " + usage(command));
        }
    }

    /** The word after option {@code args[at]}, or the command's usage when it is missing. */
    static String valueAfter(String command, String[] args, int at) {
        if (at + 1 >= args.length) {
            throw new IllegalArgumentException(args[at] + " needs a value; usage: " + usage(command));
        }
        return args[at + 1];
    }

    /** The Usage line of a command's help. */
    static String usage(String command) {
        String text = COMMANDS.get(command);
        int start = text.indexOf("Usage: ") + 7;
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
