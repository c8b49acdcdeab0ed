package org.vwb.releng.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Manifest;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code of vwb's genmodels into their bundles' {@code src-gen/}, headless, without an
 * Eclipse IDE. Usage: {@code ModelCodeGenerator <repository root> <bundle>/model/<name>.genmodel...}.
 *
 * <p>When the repository has a bundle named as the genmodel's edit plug-in ({@code editPluginID}, e.g.
 * {@code org.vwb.model.edit}), its EMF.Edit item providers are generated too, into that bundle's
 * {@code editDirectory}: the desktop workbench's tree and properties views work through them.
 *
 * <p>Standalone EMF does not know {@code platform:} URIs; left unmapped they fail <em>silently</em> and the
 * output differs from the IDE's. So each bundle folder is mapped as {@code platform:/resource/<bundle>/} and
 * every jar on the class path as {@code platform:/plugin/<symbolic name>/}, and any load error or unresolved
 * proxy stops the run before anything is generated.
 */
public final class ModelCodeGenerator {

    private ModelCodeGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ModelCodeGenerator <repository root> <genmodel>...");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        int failures = 0;
        for (int i = 1; i < args.length; i++) {
            failures += generate(root.resolve(args[i]).normalize()) ? 0 : 1;
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static boolean generate(Path genModelFile) throws IOException {
        Path bundleDir = genModelFile.getParent().getParent();
        String bundle = bundleDir.getFileName().toString();
        ResourceSet resources = new ResourceSetImpl();
        mapClassPathBundles(resources);
        URI bundleUri = URI.createFileURI(bundleDir + "/");
        resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(bundle + "/", true), bundleUri);
        EcorePlugin.getPlatformResourceMap().put(bundle, bundleUri);

        URI genModelUri = URI.createPlatformResourceURI(
                bundle + "/" + bundleDir.relativize(genModelFile).toString().replace('\\', '/'), true);
        GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
        EcoreUtil.resolveAll(resources);
        if (!loadedCleanly(resources)) {
            return false;
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            report(genModelFile, problems);
            return false;
        }
        boolean generated = generate(genModelFile, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                genModel.getModelDirectory());
        Path editBundle = bundleDir.resolveSibling(genModel.getEditPluginID());
        if (generated && Files.isDirectory(editBundle)) {
            URI editUri = URI.createFileURI(editBundle + "/");
            String edit = genModel.getEditPluginID();
            resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(edit + "/", true), editUri);
            EcorePlugin.getPlatformResourceMap().put(edit, editUri);
            generated = generate(genModelFile, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                    genModel.getEditDirectory());
        }
        return generated;
    }

    private static boolean generate(Path genModelFile, GenModel genModel, Object projectType, String directory) {
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
        if (result.getSeverity() != Diagnostic.OK) {
            report(genModelFile, result);
        }
        System.out.printf("%s: %d files written to %s%n", genModelFile.getFileName(),
                generator.getGeneratedOutputs().size(), directory);
        generator.dispose();
        return result.getSeverity() != Diagnostic.ERROR;
    }

    private static boolean loadedCleanly(ResourceSet resources) {
        boolean clean = true;
        for (Resource resource : resources.getResources()) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                System.err.println("ERROR: " + resource.getURI() + ": " + error.getMessage());
                clean = false;
            }
        }
        // reconcile() would silently drop a genmodel entry whose Ecore element was renamed
        for (var proxy : EcoreUtil.UnresolvedProxyCrossReferencer.find(resources).keySet()) {
            System.err.println("ERROR: unresolved reference " + EcoreUtil.getURI(proxy));
            clean = false;
        }
        return clean;
    }

    private static void mapClassPathBundles(ResourceSet resources) throws IOException {
        Enumeration<URL> manifests = ModelCodeGenerator.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL manifest = manifests.nextElement();
            try (InputStream in = manifest.openStream()) {
                String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
                if (name != null) {
                    String jarRoot = manifest.toString().replace("META-INF/MANIFEST.MF", "");
                    resources.getURIConverter().getURIMap().put(
                            URI.createPlatformPluginURI(name.split(";")[0].trim() + "/", true), URI.createURI(jarRoot));
                }
            }
        }
    }

    private static void report(Path file, Diagnostic diagnostic) {
        System.err.println(file.getFileName() + ": " + diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            System.err.println("  " + child.getMessage());
        }
    }
}
