package org.vwb.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.vwb.plugins.InstallException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The bundles of a local p2 repository, read from its artifact index ({@code artifacts.jar}, or a plain
 * {@code artifacts.xml}) rather than through Equinox p2: the index of a simple repository is one small XML file,
 * and each bundle lies at {@code plugins/ID_VERSION.jar}, the layout p2 and Tycho write. Composite and remote
 * repositories are refused with a reason.
 */
final class P2Artifacts {

    private P2Artifacts() {
    }

    /** Whether a folder is a p2 repository (it has an artifact index of any kind). */
    static boolean isRepository(Path folder) {
        return Files.exists(folder.resolve("artifacts.jar")) || Files.exists(folder.resolve("artifacts.xml"))
                || Files.exists(folder.resolve("artifacts.xml.xz"))
                || Files.exists(folder.resolve("compositeArtifacts.jar"))
                || Files.exists(folder.resolve("compositeArtifacts.xml"));
    }

    /** The bundle jars the repository lists, in its order; a listed jar that is missing is an error. */
    static List<Path> bundles(Path repository) throws InstallException {
        List<Path> jars = new ArrayList<>();
        Element root = index(repository);
        NodeList artifacts = root.getElementsByTagName("artifact");
        for (int i = 0; i < artifacts.getLength(); i++) {
            Element artifact = (Element) artifacts.item(i);
            if (!"osgi.bundle".equals(artifact.getAttribute("classifier"))) {
                continue;
            }
            String name = artifact.getAttribute("id") + "_" + artifact.getAttribute("version") + ".jar";
            Path jar = repository.resolve("plugins").resolve(name);
            if (!Files.isRegularFile(jar)) {
                throw new InstallException(repository + ": lists bundle " + name + ", which is not in its plugins/");
            }
            jars.add(jar);
        }
        return jars;
    }

    private static Element index(Path repository) throws InstallException {
        Path jar = repository.resolve("artifacts.jar");
        Path xml = repository.resolve("artifacts.xml");
        try {
            if (Files.isRegularFile(jar)) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry entry = zip.getEntry("artifacts.xml");
                    if (entry == null) {
                        throw new InstallException(jar + ": holds no artifacts.xml");
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        return parse(in);
                    }
                }
            }
            if (Files.isRegularFile(xml)) {
                try (InputStream in = Files.newInputStream(xml)) {
                    return parse(in);
                }
            }
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new InstallException(repository + ": its artifact index cannot be read: " + e.getMessage());
        }
        throw new InstallException(repository + ": a composite repository, or one indexed only as artifacts.xml.xz;"
                + " install from the simple repository it points to, or from its plugins/ folder");
    }

    /** Parses without DTDs or external entities: a repository's index is data from elsewhere. */
    private static Element parse(InputStream in) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
}
