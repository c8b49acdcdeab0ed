package org.vwb.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.vwb.ui.internal.session.Documents;
import org.vwb.ui.internal.session.Session;

/**
 * File > Open (a .vwb file, or OVF/OVA, libvirt XML, .vmx through the installed importers) and File > Open
 * Example (the same dialog in the installation's {@code examples/} folder).
 */
public final class OpenHandler {

    /** Command parameter: open in the examples folder. */
    public static final String EXAMPLES = "org.vwb.ui.commandparameter.examples";

    @Execute
    public void open(Shell shell, Session session, @Optional @Named(EXAMPLES) String examples) {
        if (!Unsaved.mayLeave(shell, session)) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(examples != null ? "Open example" : "Open configuration");
        dialog.setFilterNames(new String[] { "vwb models (*.vwb)", "OVF / OVA, libvirt XML, VMware .vmx",
            "All files" });
        dialog.setFilterExtensions(new String[] { "*.vwb", "*.ovf;*.ova;*.xml;*.vmx", "*" });
        if (examples != null) {
            exampleFolder().ifPresent(folder -> dialog.setFilterPath(folder.toString()));
        }
        String chosen = dialog.open();
        if (chosen != null) {
            session.setDocument(new Documents(session.services().importers()).open(Path.of(chosen)));
        }
    }

    /** The bundled examples: {@code examples/} in the installation, or in the source tree when run from it. */
    static java.util.Optional<Path> exampleFolder() {
        for (String property : new String[] { "eclipse.home.location", "osgi.install.area" }) {
            String location = System.getProperty(property);
            if (location != null && location.startsWith("file:")) {
                Path folder = Path.of(location.substring("file:".length())).resolve("examples");
                if (Files.isDirectory(folder)) {
                    return java.util.Optional.of(folder);
                }
            }
        }
        String root = System.getProperty("vwb.root");
        return root == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(root, "examples"));
    }
}
