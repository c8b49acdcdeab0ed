package org.vwb.headless.tests;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.vwb.headless.Arguments;
import org.vwb.headless.Command;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ExitCodes;
import org.vwb.headless.Option;

/** A command for the tests of the framework: writes its operands, one a line, as its machine output. */
final class EchoCommand implements Command {

    static final Option UPPER = Option.flag("upper", 'u', "write in upper case");
    static final Option PREFIX = Option.value("prefix", "TEXT", "put TEXT before each line");

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String summary() {
        return "write the operands";
    }

    @Override
    public String usage() {
        return "WORD...";
    }

    @Override
    public String help() {
        return "Writes each WORD on a line of its own.";
    }

    @Override
    public List<Option> options() {
        return List.of(UPPER, PREFIX, Option.OUT, Option.FORCE);
    }

    @Override
    public int execute(Arguments arguments, CommandIo io) throws Exception {
        arguments.requireOperands(1, "WORD");
        if (arguments.operands().contains("crash")) {
            throw new IllegalStateException("asked to crash\nsecond line");
        }
        StringBuilder text = new StringBuilder();
        for (String word : arguments.operands()) {
            String line = arguments.value(PREFIX).orElse("") + word;
            text.append(arguments.has(UPPER) ? line.toUpperCase() : line).append('\n');
        }
        io.progress("echoing " + arguments.operands().size() + " words");
        io.writeOutput(arguments, text.toString().getBytes(StandardCharsets.UTF_8));
        return ExitCodes.OK;
    }
}
