package org.vwb.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A plugin jar made at test time from classes of this bundle: a real OSGi bundle of its own (manifest, the
 * classes, one Declarative Services descriptor per component) that a test installs into the running framework as
 * a user would install a third party's jar. The classes keep their package, which the jar holds privately.
 *
 * <pre>
 * Path jar = PluginJar.named("org.example.nic").component(InstalledNic.class, DeviceModel.class).writeTo(dir);
 * </pre>
 */
public final class PluginJar {

    /** What a device model plugin imports: vwb's API and model packages, in the versions this build has. */
    public static final List<String> API_IMPORTS = List.of("org.vwb.core.api;version=\"[1.0.0,2.0.0)\"",
            "org.vwb.model;version=\"[0.1.0,1.0.0)\"");

    private final String symbolicName;
    private String version = "1.0.0";
    private final List<String> imports = new ArrayList<>(API_IMPORTS);
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> components = new ArrayList<>();

    private PluginJar(String symbolicName) {
        this.symbolicName = symbolicName;
    }

    public static PluginJar named(String symbolicName) {
        return new PluginJar(symbolicName);
    }

    public PluginJar version(String bundleVersion) {
        this.version = bundleVersion;
        return this;
    }

    /** Replaces the imported packages (e.g. with one nobody exports, to make a bundle that does not resolve). */
    public PluginJar importing(String... packageClauses) {
        imports.clear();
        imports.addAll(List.of(packageClauses));
        return this;
    }

    /**
     * Adds a DS component: the implementation's class (with its superclasses of the same package) and a
     * descriptor that provides it as {@code service}, activated through its public no-argument constructor.
     */
    public PluginJar component(Class<?> implementation, Class<?> service) {
        for (Class<?> c = implementation; c != null && c.getPackage().equals(implementation.getPackage());
                c = c.getSuperclass()) {
            addClass(c);
        }
        String descriptor = "OSGI-INF/" + implementation.getName() + ".xml";
        entries.put(descriptor, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.4.0\" name=\"" + implementation
                        .getName() + "\">\n  <implementation class=\"" + implementation.getName() + "\"/>\n"
                + "  <service><provide interface=\"" + service.getName() + "\"/></service>\n</scr:component>\n")
                .getBytes(StandardCharsets.UTF_8));
        components.add(descriptor);
        return this;
    }

    /** Writes the jar as {@code SYMBOLICNAME_VERSION.jar} into a folder; returns its path. */
    public Path writeTo(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-RequiredExecutionEnvironment", "JavaSE-17");
        main.putValue("Import-Package", String.join(",", imports));
        if (!components.isEmpty()) {
            main.putValue("Service-Component", String.join(",", components));
            main.putValue("Bundle-ActivationPolicy", "lazy");
        }
        Files.createDirectories(folder);
        Path jar = folder.resolve(symbolicName + "_" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file,
                manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private void addClass(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file " + resource + " beside " + type);
            }
            entries.put(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
