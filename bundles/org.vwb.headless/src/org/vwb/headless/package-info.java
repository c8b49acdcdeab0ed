/**
 * The vwb command line: the {@link org.vwb.headless.Command} interface every command implements, the parsed
 * {@link org.vwb.headless.Arguments} and {@link org.vwb.headless.CommandIo} it receives, and the entry point
 * {@link org.vwb.headless.VwbCli}. The rules every command follows (exit codes, one-line errors, machine output
 * on stdout or {@code --out}, {@code --force} to replace a file) are kept here once, not in each command.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.headless;
